package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Map;

/** 联名: every invited member is asked to confirm by `proposal.cosign`. */
@Component("inviteCosigners")
class InviteCosigners implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseNotices notices;

    InviteCosigners(ProposalRecords proposals, CaseNotices notices) {
        this.proposals = proposals;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        String proposer = notices.displayName((String) execution.getVariable("proposer"));
        String deadline = notices.time(((Date) execution.getVariable("cosignDue")).toInstant());
        notices.toUsers(proposalNo, proposals.signersWithStatus(proposalNo, "INVITED"), "proposal.cosignRequested",
                Map.of("proposer", proposer, "deadline", deadline), "cosign:" + execution.getActivityInstanceId());
    }
}
