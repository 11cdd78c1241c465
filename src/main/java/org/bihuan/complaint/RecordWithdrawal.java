package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** No supplement within its deadline: the complaint counts as withdrawn. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final CaseNotices notices;

    RecordWithdrawal(CaseFiles caseFiles, CaseNotices notices) {
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        caseFiles.record(caseNo, "WITHDRAWN", CaseFiles.SYSTEM, "补正期限届满未补正，视为撤回投诉");
        caseFiles.close(caseNo, "WITHDRAWN");
        notices.toParty(caseNo, "complaint.withdrawn", Map.of(), "withdrawn:" + execution.getActivityInstanceId());
    }
}
