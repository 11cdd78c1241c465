package org.bihuan.task;

/** One option of a choice field fed through {@code valuesKey}, in the shape form-js reads. */
public record ChoiceOption(String label, String value) {
}
