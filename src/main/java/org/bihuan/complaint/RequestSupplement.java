package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * 补正: the acceptance clock stops. What is left of it (in working days) is kept, so that it resumes from
 * the day the enterprise answers; the enterprise gets its own deadline to supplement in the 补正通知书.
 */
@Component("requestSupplement")
class RequestSupplement implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final CaseNotices notices;
    private final ComplaintDocuments documents;
    private final Clock clock;

    RequestSupplement(CaseFiles caseFiles, Deadlines deadlines, CaseNotices notices, ComplaintDocuments documents, Clock clock) {
        this.documents = documents;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        Instant now = clock.instant();
        Instant acceptDue = ((Date) execution.getVariable("acceptDue")).toInstant();
        int remaining = deadlines.remainingWorkingDays(now, acceptDue);
        Instant supplementDue = deadlines.due("complaint.supplement", now);
        execution.setVariable("acceptRemainingWorkingDays", remaining);
        execution.setVariable("supplementDue", Date.from(supplementDue));
        caseFiles.record(caseNo, "CLOCK_PAUSED", CaseFiles.SYSTEM,
                "受理期限暂停（原期限 " + notices.time(acceptDue) + "，剩余 " + remaining + " 个工作日），补正期限 " + notices.time(supplementDue));
        String reason = caseFiles.latestSubmission(caseNo, "acceptReview").map(s -> (String) s.get("reason")).orElse("");
        documents.toComplainant(caseNo, "SUPPLEMENT_NOTICE", Map.of("reason", reason, "deadline", notices.time(supplementDue)),
                "supplement:" + execution.getActivityInstanceId());
    }
}
