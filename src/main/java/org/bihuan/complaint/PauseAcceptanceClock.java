package org.bihuan.complaint;

import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.lifecycle.CaseNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * The complaint waits for its signed promise (承诺书): like a request for more material (补正), the acceptance clock
 * stops with the working days it has left, and {@code resumeAcceptance} runs it again when the scan arrives.
 */
@Component("pauseAcceptanceClock")
class PauseAcceptanceClock implements ExecutionListener {

    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final CaseNotices notices;
    private final Clock clock;

    PauseAcceptanceClock(CaseFiles caseFiles, Deadlines deadlines, CaseNotices notices, Clock clock) {
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Instant acceptDue = ((Date) execution.getVariable("acceptDue")).toInstant();
        int remaining = deadlines.remainingWorkingDays(clock.instant(), acceptDue);
        execution.setVariable("acceptRemainingWorkingDays", remaining);
        caseFiles.record(execution.getProcessBusinessKey(), "CLOCK_PAUSED", CaseFiles.SYSTEM,
                "PROMISE " + notices.time(acceptDue) + " " + remaining + "WD");
    }
}
