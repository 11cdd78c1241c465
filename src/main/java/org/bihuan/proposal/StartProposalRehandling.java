package org.bihuan.proposal;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/** 重新办理: the committee sends the proposal back to the lead unit once. */
@Component("startProposalRehandling")
class StartProposalRehandling implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final Clock clock;

    StartProposalRehandling(ProposalRecords proposals, CaseFiles caseFiles, Clock clock) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        execution.setVariable("rehandleCount", proposals.countRehandling(proposalNo));
        execution.setVariable("rehandleStartedAt", Date.from(clock.instant()));
        caseFiles.record(proposalNo, "REHANDLING", CaseFiles.SYSTEM, "提案人不满意，提案委员会交承办单位重新办理");
    }
}
