package org.bihuan.complaint;

import org.bihuan.calendar.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/** 签收: the handling deadline (and the longest it may be extended to) runs from the unit's receipt. */
@Component("recordSigning")
class RecordSigning implements JavaDelegate {

    private final Deadlines deadlines;
    private final Clock clock;

    RecordSigning(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        execution.setVariable("signedAt", Date.from(now));
        execution.setVariable("handleDue", Date.from(deadlines.due("complaint.handle", now)));
        execution.setVariable("handleMax", Date.from(deadlines.due("complaint.handle-max", now)));
    }
}
