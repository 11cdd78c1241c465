package org.bihuan.proposal;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A proposal as its readers see it (the API's answer and the member portal's pages). */
public record ProposalView(
        String proposalNo,
        /** the year its number counts in (its session's, or the filing year when it has no session) */
        int sessionYear,
        /** its CPPCC session as letters name it (七届二次会议); null when it was filed outside every session */
        String sessionName,
        String title,
        String content,
        /** the content's three parts when it was filed in parts, else null */
        Parts parts,
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

    static ProposalView of(CaseFile f, ProposalRecord p, String sessionName, List<SignerView> signers, List<UnitView> units,
                           List<String> merged, Map<String, Instant> deadlines, List<TimelineEvent> timeline) {
        return new ProposalView(f.caseNo(), p.sessionYear(), sessionName, p.title(), p.content(),
                p.parts() == null ? null : new Parts(p.parts().problem(), p.parts().analysis(), p.parts().suggestions()), p.category(), p.type(), f.status(),
                f.ownerUsername(), signers, p.mergedInto(), merged, p.forwardedAsOpinion(), p.mode(), p.keyProposal(),
                p.supervisingLeader(), units, p.replyClass(), p.replyText(), p.publishable(), p.repliedAt(), p.publishedAt(),
                f.satisfaction(), f.rehandleCount(), f.currentStep(), f.currentDue(), deadlines, f.overdue(), f.receivedAt(),
                f.closedAt(), f.closureReason(), timeline);
    }

    public record Parts(String problem, String analysis, String suggestions) {
    }

    public record SignerView(String username, String displayName, int position, String status) {
    }

    public record UnitView(String code, String name, String role, String status, String replyClass, String replyText,
                    Boolean publishable, Instant repliedAt) {
    }

    public record Submitted(String proposalNo, String status) {
    }

    /**
     * A line of a proposal list: with the units handling it (the lead unit first) and whether the lead unit's reply
     * letter (答复函, GET …/reply.pdf) exists yet.
     */
    public record Summary(String proposalNo, String title, String category, String type, String status, String leadUnit,
                   boolean keyProposal, String currentStep, Instant currentDue, boolean overdue, Instant submittedAt,
                   List<UnitRef> units, boolean replyLetterAvailable) {

        Summary withUnits(List<UnitRef> handlingUnits) {
            return new Summary(proposalNo, title, category, type, status, leadUnit, keyProposal, currentStep, currentDue, overdue,
                    submittedAt, List.copyOf(handlingUnits), replyLetterAvailable);
        }
    }

    /** A unit a proposal is assigned to: code, name and role (LEAD, CO, SPLIT). */
    public record UnitRef(String code, String name, String role) {
    }

    /** An invitation to cosign that waits for the member's answer. */
    public record CosignRequest(String proposalNo, String title, String category, String proposer, String proposerName,
                         Instant submittedAt, Instant due) {
    }

    /** A member as the cosigner list shows him: no contact details. */
    public record MemberEntry(String username, String displayName) {
    }

}
