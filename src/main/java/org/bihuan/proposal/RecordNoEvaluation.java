package org.bihuan.proposal;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The proposer did not evaluate in time: recorded as NO_RESPONSE, and the proposal is closed. */
@Component("recordNoEvaluation")
class RecordNoEvaluation implements JavaDelegate {

    private final CaseFiles caseFiles;

    RecordNoEvaluation(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        caseFiles.recordRating(proposalNo, "NO_RESPONSE");
        execution.setVariable("satisfaction", "NO_RESPONSE");
        caseFiles.record(proposalNo, "NO_RESPONSE", CaseFiles.SYSTEM, "评价期限届满，提案人未评价");
    }
}
