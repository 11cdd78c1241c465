package org.bihuan.task;

import java.time.Instant;

/**
 * One row of an official's inbox. The due time is given in working days on the calendar, for the page to say in
 * its language: {@code workingDaysLeft} while the task is not overdue (0: due today), else {@code workingDaysOverdue}.
 *
 * @param name            the step's name as the model gives it (受理审查)
 * @param escalationLevel the highest level of the 督办 ladder the step reached (WARNING, OVERDUE, …), null for none
 * @param assignee        who holds it (username), null when unclaimed; {@code assigneeName} is the display name
 * @param mine            held by the caller
 */
public record InboxRow(String id, String taskKey, String name, String caseType, String caseNo, String title, String partyName,
                       Instant created, Instant due, boolean overdue, Integer workingDaysLeft, Integer workingDaysOverdue,
                       String escalationLevel, String assignee, String assigneeName, boolean mine) {
}
