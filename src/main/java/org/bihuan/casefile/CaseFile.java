package org.bihuan.casefile;

import java.time.Instant;

/** What every case has, whatever its lifecycle: the row people list, search and count. */
public record CaseFile(
        String caseNo,
        CaseType caseType,
        String title,
        String status,
        String ownerUsername,
        String unitCode,
        String currentStep,
        Instant currentDue,
        boolean overdue,
        int overdueCount,
        Instant receivedAt,
        Instant closedAt,
        String closureReason,
        String processInstanceId,
        String satisfaction,
        int rehandleCount,
        CaseChannel channel) {

    public static CaseFile opened(String caseNo, CaseType type, String title, String status, String owner, Instant receivedAt) {
        return opened(caseNo, type, title, status, owner, receivedAt, CaseChannel.WEB);
    }

    public static CaseFile opened(String caseNo, CaseType type, String title, String status, String owner, Instant receivedAt,
                                  CaseChannel channel) {
        return new CaseFile(caseNo, type, title, status, owner, null, null, null, false, 0, receivedAt, null, null, null, null, 0,
                channel);
    }
}
