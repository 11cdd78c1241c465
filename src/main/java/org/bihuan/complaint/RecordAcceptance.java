package org.bihuan.complaint;

import org.bihuan.calendar.Deadlines;
import org.bihuan.lifecycle.CaseNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

/** 受理: the transfer deadline runs from now; the complainant gets the 受理通知书 and hears of it. */
@Component("recordAcceptance")
class RecordAcceptance implements JavaDelegate {

    private final ComplaintDocuments documents;
    private final CaseNotices notices;
    private final Deadlines deadlines;
    private final Clock clock;

    RecordAcceptance(ComplaintDocuments documents, CaseNotices notices, Deadlines deadlines, Clock clock) {
        this.documents = documents;
        this.notices = notices;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        java.time.Instant now = clock.instant();
        execution.setVariable("acceptedAt", Date.from(now));
        documents.toComplainant(execution.getProcessBusinessKey(), "ACCEPTANCE_NOTICE",
                Map.of("transferDeadline", notices.time(deadlines.due("complaint.transfer", now))),
                "accepted:" + execution.getActivityInstanceId());
    }
}
