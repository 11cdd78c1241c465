package org.bihuan.proposal;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** 办结: closed with the proposer's rating as the reason; a publishable reply is published (公开答复). */
@Component("closeProposal")
class CloseProposal implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final Clock clock;

    CloseProposal(ProposalRecords proposals, CaseFiles caseFiles, Clock clock) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        ProposalRecord proposal = proposals.get(proposalNo);
        String satisfaction = caseFiles.get(proposalNo).satisfaction();
        String reason = satisfaction == null ? "CLOSED" : satisfaction;
        caseFiles.close(proposalNo, reason);
        caseFiles.record(proposalNo, "CLOSED", CaseFiles.SYSTEM, reason);
        if (Boolean.TRUE.equals(proposal.publishable())) {
            proposals.publish(proposalNo, clock.instant());
            caseFiles.record(proposalNo, "PUBLISHED", CaseFiles.SYSTEM, "答复已公开（不含联系方式）");
        }
    }
}
