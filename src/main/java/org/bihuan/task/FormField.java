package org.bihuan.task;

import java.util.List;

/**
 * An input field of a form, as the task API describes it to clients.
 *
 * @param type     the form-js component type (textfield, textarea, number, checkbox, radio, select, …)
 * @param required whether the form marks it required; a field hidden by its condition is not required then
 * @param values   the allowed values of a choice field with a static list, otherwise empty
 * @param longText a textarea: its text belongs in the case file, not in an engine variable
 */
public record FormField(String key, String type, String label, boolean required, List<String> values,
                        boolean longText) {

    public FormField {
        values = List.copyOf(values);
    }
}
