package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** 答复: the unit's result goes on the complaint and to the complainant, who has `complaint.evaluate` to rate it. */
@Component("recordReply")
class RecordReply implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final ComplaintRecords complaints;
    private final Deadlines deadlines;
    private final CaseNotices notices;
    private final Clock clock;

    RecordReply(CaseFiles caseFiles, ComplaintRecords complaints, Deadlines deadlines, CaseNotices notices, Clock clock) {
        this.caseFiles = caseFiles;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        int rehandleCount = (Integer) execution.getVariable("rehandleCount");
        Map<String, Object> result = caseFiles.latestSubmission(caseNo, rehandleCount > 0 ? "rehandle" : "handle")
                .orElseThrow(() -> new IllegalStateException("complaint " + caseNo + " has no handling result to reply with"));
        String outcome = (String) result.get("outcome");
        BigDecimal recovered = new BigDecimal(String.valueOf(result.get("amountRecovered")));
        complaints.recordResult(caseNo, outcome, recovered);
        complaints.recordPayment(caseNo, caseFiles.get(caseNo).unitCode(), clock.instant(), recovered, outcome);
        Instant evaluateDue = deadlines.due("complaint.evaluate", clock.instant());
        execution.setVariable("evaluateDue", Date.from(evaluateDue));
        notices.toParty(caseNo, "complaint.result",
                Map.of("outcome", Labels.of(outcome), "reply", String.valueOf(result.get("reply")),
                        "evaluateDeadline", notices.time(evaluateDue)),
                "result:" + execution.getActivityInstanceId());
    }
}
