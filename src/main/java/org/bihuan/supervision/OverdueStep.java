package org.bihuan.supervision;

import java.time.Instant;

/** A step past its deadline and still open: where, since when, how far escalated, and the last thing done about it. */
public record OverdueStep(String caseNo, String caseType, String title, String taskId, String stepKey, String stepName,
                          String unitCode, String unitName, Instant dueAt, int overdueWorkingDays, String aging,
                          String escalationLevel, int supervisionCount, String lastAction, Instant lastActionAt,
                          String lastActionBy) {
}
