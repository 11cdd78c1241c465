package org.bihuan.complaint;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complainant did not evaluate in time: recorded as NO_RESPONSE; the intake clerk calls (回访). */
@Component("recordNoResponse")
class RecordNoResponse implements JavaDelegate {

    static final String NO_RESPONSE = "NO_RESPONSE";

    private final CaseFiles caseFiles;

    RecordNoResponse(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        caseFiles.recordRating(caseNo, NO_RESPONSE);
        caseFiles.record(caseNo, NO_RESPONSE, CaseFiles.SYSTEM, "评价期限届满未评价，转电话回访");
    }
}
