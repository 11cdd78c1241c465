package org.bihuan.complaint;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.identity.Unit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A complaint as its readers see it: parties, amounts, where it stands, its deadlines and its timeline. */
public record ComplaintView(
        String trackingNo,
        String title,
        String status,
        ComplaintRequest.Complainant complainant,
        ComplaintRequest.Respondent respondent,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        String contractNo,
        LocalDate contractDate,
        LocalDate paymentDueDate,
        String description,
        boolean inLitigation,
        UnitRef unit,
        String currentStep,
        Instant currentDue,
        Map<String, Instant> deadlines,
        boolean overdue,
        int overdueCount,
        String outcome,
        String reply,
        String satisfaction,
        int rehandleCount,
        Instant receivedAt,
        Instant closedAt,
        String closureReason,
        List<TimelineEvent> timeline) {

    static ComplaintView of(CaseFile f, ComplaintRecord c, Unit unit, Map<String, Instant> deadlines,
                            List<TimelineEvent> timeline, String reply) {
        return new ComplaintView(f.caseNo(), f.title(), f.status(), c.complainant(), c.respondent(), c.amountOwed(),
                c.amountRecovered(), c.contractNo(), c.contractDate(), c.paymentDueDate(), c.description(), c.inLitigation(),
                unit == null ? null : new UnitRef(unit.code(), unit.name()), f.currentStep(), f.currentDue(), deadlines,
                f.overdue(), f.overdueCount(), c.outcome(), reply, f.satisfaction(), f.rehandleCount(), f.receivedAt(),
                f.closedAt(), f.closureReason(), timeline);
    }

    public record UnitRef(String code, String name) {
    }

    public record Submitted(String trackingNo, String status, Instant acceptDeadline) {
    }

    public record Summary(String trackingNo, String title, String status, String complainantName, String respondentName,
                   BigDecimal amountOwed, String unitCode, String currentStep, Instant currentDue, boolean overdue,
                   Instant receivedAt) {
    }

}
