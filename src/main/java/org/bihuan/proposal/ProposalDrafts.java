package org.bihuan.proposal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.lifecycle.DraftData;
import org.bihuan.lifecycle.DraftSubmitter;
import org.springframework.stereotype.Component;

/** A proposal draft is filed exactly as POST /api/proposals files one. A proposal carries no evidence files. */
@Component
class ProposalDrafts implements DraftSubmitter {

    private final ProposalService proposals;
    private final DraftData drafts;

    ProposalDrafts(ProposalService proposals, DraftData drafts) {
        this.proposals = proposals;
        this.drafts = drafts;
    }

    @Override
    public CaseType caseType() {
        return CaseType.PROPOSAL;
    }

    @Override
    public boolean mayFile(AppUser user) {
        return user.has(Role.MEMBER);
    }

    @Override
    public boolean takesFiles() {
        return false;
    }

    @Override
    public Filed file(AppUser user, ObjectNode data) {
        ProposalView.Submitted submitted = proposals.submit(user, drafts.read(data, ProposalRequest.class));
        return new Filed(submitted.proposalNo(), submitted);
    }
}
