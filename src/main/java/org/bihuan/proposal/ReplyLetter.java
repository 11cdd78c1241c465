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

    ReplyLetter(DocumentRegister documents) {
        this.documents = documents;
    }

    byte[] render(String proposalNo) {
        List<IssuedDocument> letters = documents.ofCase(proposalNo).stream().filter(d -> KIND.equals(d.kind())).toList();
        if (letters.isEmpty()) {
            throw new ConflictException("proposal " + proposalNo + " has no reply yet");
        }
        return documents.pdf(letters.get(letters.size() - 1));
    }
}
