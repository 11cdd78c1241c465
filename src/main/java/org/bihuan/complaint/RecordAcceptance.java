package org.bihuan.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

/** 受理: the transfer deadline runs from now; the complainant is told. */
@Component("recordAcceptance")
class RecordAcceptance implements JavaDelegate {

    private final ComplaintNotices notices;
    private final Clock clock;

    RecordAcceptance(ComplaintNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("acceptedAt", Date.from(clock.instant()));
        notices.toComplainant(execution.getProcessBusinessKey(), "complaint.accepted", Map.of(), "accepted:" + execution.getActivityInstanceId());
    }
}
