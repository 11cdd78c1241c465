package org.bihuan.complaint;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 退单: the unit sent the case back; it leaves the unit and waits for the intake clerk to transfer it again. */
@Component("recordReturn")
class RecordReturn implements JavaDelegate {

    private final CaseFiles caseFiles;

    RecordReturn(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        String unitCode = (String) execution.getVariable("unitCode");
        String reason = caseFiles.latestSubmission(caseNo, "signFor").map(s -> (String) s.get("reason")).orElse("");
        caseFiles.record(caseNo, "RETURNED", CaseFiles.SYSTEM, unitCode + " 退回：" + reason);
        caseFiles.assignUnit(caseNo, null);
        // the transfer form is prefilled from this variable; the unit that returned the case is no suggestion
        execution.removeVariable("unitCode");
    }
}
