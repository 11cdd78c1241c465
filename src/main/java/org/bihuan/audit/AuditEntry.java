package org.bihuan.audit;

import java.time.Instant;

/**
 * One administrative change.
 *
 * @param actor       the username of whoever made it ({@value AuditLog#SYSTEM} for the application itself)
 * @param action      what was done, {@code <subjectType>.<verb>}, e.g. {@code unit.created}
 * @param subjectType what kind of thing changed: {@code unit}, {@code user}, {@code region}, {@code calendar}, …
 * @param subjectId   which one: a unit code, a username, a year
 * @param before      the subject before the change as JSON; null when it did not exist
 * @param after       the subject after the change as JSON; null when it is gone
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                         String before, String after) {
}
