package org.bihuan.task;

/**
 * How many inbox tasks each quick filter would show, for the filter chips and the header badge: all, held by me,
 * unclaimed, overdue, and due soon ({@code bihuan.tasks.due-soon-working-days}, not overdue).
 */
public record InboxCounts(long total, long mine, long unclaimed, long overdue, long dueSoon, int dueSoonWorkingDays) {
}
