package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

/** 受理: the transfer deadline runs from now; the complainant is told. */
@Component("recordAcceptance")
class RecordAcceptance implements JavaDelegate {

    private final CaseNotices notices;
    private final Clock clock;

    RecordAcceptance(CaseNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("acceptedAt", Date.from(clock.instant()));
        notices.toParty(execution.getProcessBusinessKey(), "complaint.accepted", Map.of(), "accepted:" + execution.getActivityInstanceId());
    }
}
