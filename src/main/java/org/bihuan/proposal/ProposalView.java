package org.bihuan.proposal;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A proposal as its readers see it. */
record ProposalView(
        String proposalNo,
        int sessionYear,
        String title,
        String content,
        String category,
        String type,
        String status,
        String proposer,
        List<SignerView> signers,
        String mergedInto,
        List<String> mergedProposals,
        boolean forwardedAsOpinion,
        String mode,
        boolean keyProposal,
        String supervisingLeader,
        List<UnitView> units,
        String replyClass,
        String replyText,
        Boolean publishable,
        Instant repliedAt,
        Instant publishedAt,
        String satisfaction,
        int rehandleCount,
        String currentStep,
        Instant currentDue,
        Map<String, Instant> deadlines,
        boolean overdue,
        Instant submittedAt,
        Instant closedAt,
        String closureReason,
        List<TimelineEvent> timeline) {

    static ProposalView of(CaseFile f, ProposalRecord p, List<SignerView> signers, List<UnitView> units, List<String> merged,
                           Map<String, Instant> deadlines, List<TimelineEvent> timeline) {
        return new ProposalView(f.caseNo(), p.sessionYear(), p.title(), p.content(), p.category(), p.type(), f.status(),
                f.ownerUsername(), signers, p.mergedInto(), merged, p.forwardedAsOpinion(), p.mode(), p.keyProposal(),
                p.supervisingLeader(), units, p.replyClass(), p.replyText(), p.publishable(), p.repliedAt(), p.publishedAt(),
                f.satisfaction(), f.rehandleCount(), f.currentStep(), f.currentDue(), deadlines, f.overdue(), f.receivedAt(),
                f.closedAt(), f.closureReason(), timeline);
    }

    record SignerView(String username, String displayName, int position, String status) {
    }

    record UnitView(String code, String name, String role, String status, String replyClass, String replyText,
                    Boolean publishable, Instant repliedAt) {
    }

    record Submitted(String proposalNo, String status) {
    }

    /**
     * A line of a proposal list: with the units handling it (the lead unit first) and whether the lead unit's reply
     * letter (答复函, GET …/reply.pdf) exists yet.
     */
    record Summary(String proposalNo, String title, String category, String type, String status, String leadUnit,
                   boolean keyProposal, String currentStep, Instant currentDue, boolean overdue, Instant submittedAt,
                   List<UnitRef> units, boolean replyLetterAvailable) {

        Summary withUnits(List<UnitRef> handlingUnits) {
            return new Summary(proposalNo, title, category, type, status, leadUnit, keyProposal, currentStep, currentDue, overdue,
                    submittedAt, List.copyOf(handlingUnits), replyLetterAvailable);
        }
    }

    /** A unit a proposal is assigned to: code, name and role (LEAD, CO, SPLIT). */
    record UnitRef(String code, String name, String role) {
    }

    /** An invitation to cosign that waits for the member's answer. */
    record CosignRequest(String proposalNo, String title, String category, String proposer, String proposerName,
                         Instant submittedAt, Instant due) {
    }

    /** A member as the cosigner list shows him: no contact details. */
    record MemberEntry(String username, String displayName) {
    }

}
