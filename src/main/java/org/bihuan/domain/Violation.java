package org.bihuan.domain;

/** One rejected field of a request: the field's path (e.g. {@code complainant.creditCode}) and why. */
public record Violation(String field, String message) {
}
