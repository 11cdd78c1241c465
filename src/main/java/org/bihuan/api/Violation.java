package org.bihuan.api;

/** One rejected field of a request: the field's path (e.g. {@code complainant.creditCode}) and why. */
public record Violation(String field, String message) {
}
