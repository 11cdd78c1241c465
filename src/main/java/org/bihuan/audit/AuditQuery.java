package org.bihuan.audit;

import java.time.LocalDate;

/**
 * A filter of the audit list; a blank or null criterion does not filter.
 *
 * @param from first day (office time zone), inclusive
 * @param to   last day (office time zone), inclusive
 * @param page 0-based
 */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, LocalDate from, LocalDate to,
                         int page, int size) {
}
