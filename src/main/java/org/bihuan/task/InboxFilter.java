package org.bihuan.task;

/**
 * What an official narrows the inbox to; each component is a request parameter of {@code GET /api/tasks} (and a
 * field of the inbox page's filter form) by the same name. Every component may be null.
 *
 * @param caseType  COMPLAINT or PROPOSAL
 * @param step      a step (task definition) key, e.g. {@code signFor}
 * @param overdue   true: only tasks past their due instant
 * @param dueWithin only tasks not overdue with at most this many working days left (0: due today)
 * @param unit      a unit's code: that unit's tasks (supervisors and administrators; an official only its own unit)
 * @param holder    MINE (held by me) or UNCLAIMED (held by nobody)
 * @param q         part of a case number, a party's name or the case's title
 * @param caseNo    exactly this case
 * @param page      from 0
 * @param size      rows per page
 */
public record InboxFilter(String caseType, String step, Boolean overdue, Integer dueWithin, String unit, String holder,
                          String q, String caseNo, Integer page, Integer size) {

    public static InboxFilter all() {
        return new InboxFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static InboxFilter ofCase(String caseNo) {
        return new InboxFilter(null, null, null, null, null, null, null, caseNo, null, null);
    }
}
