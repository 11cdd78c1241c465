package org.bihuan.identity;

/**
 * A search of the accounts; blank criteria do not filter.
 *
 * @param q      part of the username, name or e-mail address
 * @param active null for both
 * @param page   0-based
 */
public record AccountSearch(String q, String role, String unit, Boolean active, int page, int size) {
}
