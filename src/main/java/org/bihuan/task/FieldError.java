package org.bihuan.task;

/**
 * Why a submitted field was refused.
 *
 * @param field   the field's key
 * @param message short and in English, to be read after the field name, e.g. "is required"
 */
public record FieldError(String field, String message) {
}
