package org.bihuan.supervision;

import java.time.Instant;

/** One line of the 督办台账: what was escalated, to which level, when, by whom, and the answer. */
public record LedgerEntry(long id, String caseNo, String caseType, String taskId, String stepKey, String stepName,
                          String unitCode, String level, boolean manual, Instant at, String by, String note, Instant stepDueAt,
                          String letterNo, Instant answerDueAt, Instant answeredAt, String answeredBy, String answer,
                          String status) {
}
