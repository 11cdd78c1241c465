package org.bihuan.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a task completion against its form.
 *
 * @param errors one entry per refused field, in the order of the form (unknown fields first)
 * @param values the visible fields that were filled in, in the order of the form, converted to
 *               String, Boolean, BigDecimal, LocalDate, OffsetDateTime or List; hidden fields are dropped
 */
public record Validation(List<FieldError> errors, Map<String, Object> values) {

    public Validation {
        errors = List.copyOf(errors);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
