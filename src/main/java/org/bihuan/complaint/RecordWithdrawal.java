package org.bihuan.complaint;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** No supplement within its deadline: the complaint counts as withdrawn. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final ComplaintNotices notices;

    RecordWithdrawal(CaseFiles caseFiles, ComplaintNotices notices) {
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        caseFiles.record(caseNo, "WITHDRAWN", CaseFiles.SYSTEM, "补正期限届满未补正，视为撤回投诉");
        caseFiles.close(caseNo, "WITHDRAWN");
        notices.toComplainant(caseNo, "complaint.withdrawn", Map.of(), "withdrawn:" + execution.getActivityInstanceId());
    }
}
