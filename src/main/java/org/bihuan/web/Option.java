package org.bihuan.web;

/** One option of a choice field: the value sent (a code) and the label shown (in the page's language). */
public record Option(String value, String label) {
}
