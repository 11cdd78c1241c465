package org.bihuan.proposal;

import java.util.Arrays;
import java.util.List;

/** Unit codes as the assign form takes them: one text, separated by commas, 、 or spaces. */
final class UnitCodes {

    private UnitCodes() {
    }

    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
