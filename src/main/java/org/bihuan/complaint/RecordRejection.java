package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 不予受理: the case is closed and the complainant gets the reason. */
@Component("recordRejection")
class RecordRejection implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final CaseNotices notices;

    RecordRejection(CaseFiles caseFiles, CaseNotices notices) {
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        String reason = caseFiles.latestSubmission(caseNo, "acceptReview").map(s -> (String) s.get("reason")).orElse("");
        caseFiles.close(caseNo, "REJECTED");
        notices.toParty(caseNo, "complaint.rejected", Map.of("reason", reason), "rejected:" + execution.getActivityInstanceId());
    }
}
