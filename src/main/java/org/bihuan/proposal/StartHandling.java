package org.bihuan.proposal;

import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/** Every unit accepted: the handling deadlines run from the assignment (面商, 会办意见, 答复 and its maximum). */
@Component("startHandling")
class StartHandling implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;

    StartHandling(ProposalRecords proposals, CaseFiles caseFiles, Deadlines deadlines) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        proposals.units(proposalNo).forEach(u -> proposals.setUnitStatus(proposalNo, u.unitCode(), "ACCEPTED"));
        Instant assignedAt = ((Date) execution.getVariable("assignedAt")).toInstant();
        execution.setVariable("consultDue", Date.from(deadlines.due("proposal.consult", assignedAt)));
        execution.setVariable("coOpinionDue", Date.from(deadlines.due("proposal.co-opinion", assignedAt)));
        execution.setVariable("replyDue", Date.from(deadlines.due("proposal.reply", assignedAt)));
        execution.setVariable("replyMax", Date.from(deadlines.due("proposal.reply-max", assignedAt)));
        caseFiles.record(proposalNo, "HANDLING", CaseFiles.SYSTEM, "各承办单位均已接受交办");
    }
}
