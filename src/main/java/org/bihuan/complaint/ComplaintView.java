package org.bihuan.complaint;

import org.bihuan.casefile.CaseChannel;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Verification;
import org.bihuan.identity.VerificationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A complaint as its readers see it: parties, amounts, where it stands, its deadlines and its timeline.
 * {@code complainantVerified} is false until an intake clerk has checked the complainant enterprise's business
 * licence; {@code complainantVerification} says where that check stands (UNVERIFIED, VERIFIED, REFUSED) and
 * {@code complainantVerificationReason} why it was refused.
 */
public record ComplaintView(
        String trackingNo,
        String title,
        String status,
        ComplaintRequest.Complainant complainant,
        boolean complainantVerified,
        VerificationStatus complainantVerification,
        String complainantVerificationReason,
        ComplaintRequest.Respondent respondent,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        String contractNo,
        LocalDate contractDate,
        LocalDate paymentDueDate,
        String description,
        boolean inLitigation,
        boolean promisePending,
        CaseChannel channel,
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

    static ComplaintView of(CaseFile f, ComplaintRecord c, Verification complainantVerification, Unit unit,
                            Map<String, Instant> deadlines, List<TimelineEvent> timeline, String reply) {
        return new ComplaintView(f.caseNo(), f.title(), f.status(), c.complainant(), complainantVerification.verified(),
                complainantVerification.status(), complainantVerification.reason(), c.respondent(), c.amountOwed(),
                c.amountRecovered(), c.contractNo(), c.contractDate(), c.paymentDueDate(), c.description(), c.inLitigation(),
                c.promisePending(), f.channel(), unit == null ? null : new UnitRef(unit.code(), unit.name()), f.currentStep(), f.currentDue(), deadlines,
                f.overdue(), f.overdueCount(), c.outcome(), reply, f.satisfaction(), f.rehandleCount(), f.receivedAt(),
                f.closedAt(), f.closureReason(), timeline);
    }

    public record UnitRef(String code, String name) {
    }

    public record Submitted(String trackingNo, String status, Instant acceptDeadline) {
    }

    public record Summary(String trackingNo, String title, String status, String complainantName, boolean complainantVerified,
                   VerificationStatus complainantVerification, String respondentName, BigDecimal amountOwed,
                   String unitCode, String currentStep, Instant currentDue, boolean overdue, Instant receivedAt) {

        Summary withVerification(Verification verification) {
            return new Summary(trackingNo, title, status, complainantName, verification.verified(), verification.status(),
                    respondentName, amountOwed, unitCode, currentStep, currentDue, overdue, receivedAt);
        }
    }

}
