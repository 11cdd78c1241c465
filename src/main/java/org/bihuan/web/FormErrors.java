package org.bihuan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rejected fields of a form, already in the page's language, by the field's name (the API's JSON path,
 * e.g. {@code complainant.creditCode}). Model attribute {@value #ATTRIBUTE}; the {@code form} fragments read it
 * to mark an input invalid and show its message under it. Messages for names that no input of the page carries
 * are {@link #unplaced()}: the summary at the top of the form shows them.
 */
public final class FormErrors {

    public static final String ATTRIBUTE = "formErrors";
    public static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, List<String>> byField;

    FormErrors(Map<String, List<String>> byField) {
        this.byField = byField;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of one field, empty if it was accepted. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Every message, field by field, as the form's summary lists them. */
    public Map<String, List<String>> all() {
        return byField;
    }

    /** The messages of fields other than the given ones: the page has no input for them. */
    public List<String> unplaced(String... placed) {
        List<String> messages = new ArrayList<>();
        byField.forEach((field, list) -> {
            if (!List.of(placed).contains(field)) {
                list.forEach(message -> messages.add(field + ": " + message));
            }
        });
        return messages;
    }

    static FormErrors of(Map<String, List<String>> byField) {
        return byField.isEmpty() ? NONE : new FormErrors(new LinkedHashMap<>(byField));
    }
}
