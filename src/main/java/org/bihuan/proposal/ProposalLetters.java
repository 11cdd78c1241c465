package org.bihuan.proposal;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseType;
import org.bihuan.lifecycle.CaseLetters;
import org.springframework.stereotype.Component;

import java.util.List;

/** A replied proposal has its 答复函 ({@code /api/proposals/{no}/reply.pdf}). */
@Component
class ProposalLetters implements CaseLetters {

    private final ProposalRecords proposals;
    private final ReplyLetter replyLetter;

    ProposalLetters(ProposalRecords proposals, ReplyLetter replyLetter) {
        this.proposals = proposals;
        this.replyLetter = replyLetter;
    }

    @Override
    public List<Letter> letters(CaseFile file) {
        if (file.caseType() != CaseType.PROPOSAL) {
            return List.of();
        }
        ProposalRecord proposal = proposals.get(file.caseNo());
        if (proposal.repliedAt() == null || proposal.replyText() == null) {
            return List.of();
        }
        return List.of(new Letter("REPLY_LETTER", null, "/api/proposals/" + file.caseNo() + "/reply.pdf"));
    }

    @Override
    public byte[] pdf(CaseFile file, Letter letter) {
        return replyLetter.render(file.caseNo());
    }
}
