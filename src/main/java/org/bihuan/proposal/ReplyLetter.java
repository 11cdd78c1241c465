package org.bihuan.proposal;

import org.bihuan.document.DocumentRegister;
import org.bihuan.document.IssuedDocument;
import org.bihuan.domain.ConflictException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * 答复函: the lead unit's reply to the proposers, the official document issued when the reply is recorded
 * ({@link RecordProposalReply}); {@code …/reply.pdf} prints the latest (a re-handled proposal has a second one).
 */
@Component
class ReplyLetter {

    static final String KIND = "REPLY_LETTER";

    private final DocumentRegister documents;
    private final CppccSessions sessions;

    ReplyLetter(DocumentRegister documents, CppccSessions sessions) {
        this.documents = documents;
        this.sessions = sessions;
    }

    /**
     * The letter's heading cites the proposal's CPPCC session (对市政协七届二次会议第20260068号提案的答复); a proposal filed
     * outside every session (or before sessions were kept) is cited by its year, as before.
     */
    String heading(ProposalRecord p) {
        return p.sessionId() == null ? "关于市政协" + p.sessionYear() + "年第" + p.caseNo() + "号提案的答复"
                : "对市政协" + sessions.get(p.sessionId()).name() + "第" + p.caseNo() + "号提案的答复";
    }

    byte[] render(String proposalNo) {
        List<IssuedDocument> letters = documents.ofCase(proposalNo).stream().filter(d -> KIND.equals(d.kind())).toList();
        if (letters.isEmpty()) {
            throw new ConflictException("proposal " + proposalNo + " has no reply yet");
        }
        return documents.pdf(letters.get(letters.size() - 1));
    }
}
