package org.bihuan.proposal;

import java.time.Instant;

/** The proposal-specific part of a case file, as stored. */
record ProposalRecord(
        String caseNo,
        int sessionYear,
        String title,
        String content,
        String category,
        String type,
        String mergedInto,
        boolean forwardedAsOpinion,
        String mode,
        String leadUnit,
        boolean keyProposal,
        String supervisingLeader,
        String replyClass,
        String replyText,
        Boolean publishable,
        Instant repliedAt,
        Instant publishedAt,
        /** null when filed as one text */
        ProposalRequest.Parts parts,
        /** the CPPCC session it was filed in ({@link CppccSessions}); null when none was open or sessions were not kept yet */
        Long sessionId) {
}
