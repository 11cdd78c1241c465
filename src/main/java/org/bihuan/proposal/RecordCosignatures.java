package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cosigners who confirmed stay; those who declined or did not answer in time are removed from the proposal. */
@Component("recordCosignatures")
class RecordCosignatures implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final CaseNotices notices;

    RecordCosignatures(ProposalRecords proposals, CaseFiles caseFiles, CaseNotices notices) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        Map<String, String> answers = new HashMap<>();
        caseFiles.submissions(proposalNo, "cosign").forEach(s -> answers.put(s.actor(), (String) s.data().get("decision")));
        List<String> outcome = new ArrayList<>();
        for (String cosigner : proposals.signersWithStatus(proposalNo, "INVITED")) {
            String answer = answers.get(cosigner);
            String status = "CONFIRM".equals(answer) ? "CONFIRMED" : answer == null ? "NO_ANSWER" : "DECLINED";
            proposals.setSignerStatus(proposalNo, cosigner, status);
            if (!"CONFIRMED".equals(status)) {
                caseFiles.revokeAccess(proposalNo, "USER", cosigner, "COSIGNER");
            }
            outcome.add(notices.displayName(cosigner) + switch (status) {
                case "CONFIRMED" -> " 同意联名";
                case "DECLINED" -> " 不同意联名，已移除";
                default -> " 逾期未确认，已移除";
            });
        }
        caseFiles.record(proposalNo, "COSIGNED", CaseFiles.SYSTEM, String.join("；", outcome));
    }
}
