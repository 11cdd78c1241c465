package org.bihuan.complaint;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 不予受理: the case is closed and the complainant gets the 不予受理告知书 with the reason and where to turn instead. */
@Component("recordRejection")
class RecordRejection implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final ComplaintDocuments documents;

    RecordRejection(CaseFiles caseFiles, ComplaintDocuments documents) {
        this.caseFiles = caseFiles;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        Map<String, Object> review = caseFiles.latestSubmission(caseNo, "acceptReview").orElse(Map.of());
        caseFiles.close(caseNo, "REJECTED");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("reason", review.getOrDefault("reason", ""));
        // where to turn instead: the clerk's words, else the template's default
        params.put("referral", review.get("referral"));
        documents.toComplainant(caseNo, "REJECTION_NOTICE", params, "rejected:" + execution.getActivityInstanceId());
    }
}
