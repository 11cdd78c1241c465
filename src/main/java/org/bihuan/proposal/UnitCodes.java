package org.bihuan.proposal;

import java.util.Arrays;
import java.util.List;

/**
 * Unit codes as the assign form stores them: a JSON array ({@code coUnits: ["CZJ", "GXJ"]}). A submission
 * stored before the form had a taglist holds one text separated by commas, 、 or spaces.
 */
final class UnitCodes {

    private UnitCodes() {
    }

    static List<String> of(Object stored) {
        if (stored instanceof List<?> codes) {
            return codes.stream().map(String::valueOf).toList();
        }
        if (stored instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split("[,，、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }
}
