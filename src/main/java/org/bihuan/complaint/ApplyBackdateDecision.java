package org.bihuan.complaint;

import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.lifecycle.CaseNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * The supervisor's word on a receipt dated further back than a clerk may date alone: confirmed, the acceptance clock
 * keeps counting from it; refused, the case counts as received when it was filed and the acceptance deadline moves.
 * Either way the timeline says who decided and why.
 */
@Component("applyBackdateDecision")
class ApplyBackdateDecision implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final CaseNotices notices;

    ApplyBackdateDecision(CaseFiles caseFiles, Deadlines deadlines, CaseNotices notices) {
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        CaseFiles.Submission decision = caseFiles.submissions(caseNo, "confirmBackdate").stream().reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("confirmBackdate of " + caseNo + " left no submission"));
        String reason = (String) decision.data().getOrDefault("reason", "");
        if ("CONFIRM".equals(decision.data().get("backdate"))) {
            caseFiles.record(caseNo, "BACKDATE_CONFIRMED", decision.actor(), reason);
            return;
        }
        Instant filedAt = ((Date) execution.getVariable("filedAt")).toInstant();
        Instant acceptDue = deadlines.due("complaint.accept", filedAt);
        execution.setVariable("receivedAt", Date.from(filedAt));
        execution.setVariable("acceptDue", Date.from(acceptDue));
        caseFiles.correctReceipt(caseNo, filedAt);
        caseFiles.record(caseNo, "BACKDATE_REFUSED", decision.actor(), notices.time(filedAt) + " " + reason);
    }
}
