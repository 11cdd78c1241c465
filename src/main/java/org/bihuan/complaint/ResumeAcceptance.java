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

/** The enterprise answered: the acceptance clock runs again with the working days it had left. */
@Component("resumeAcceptance")
class ResumeAcceptance implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final CaseNotices notices;
    private final Clock clock;

    ResumeAcceptance(CaseFiles caseFiles, Deadlines deadlines, CaseNotices notices, Clock clock) {
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int remaining = (Integer) execution.getVariable("acceptRemainingWorkingDays");
        Instant acceptDue = deadlines.resume(clock.instant(), remaining);
        execution.setVariable("acceptDue", Date.from(acceptDue));
        caseFiles.record(execution.getProcessBusinessKey(), "CLOCK_RESUMED", CaseFiles.SYSTEM,
                "受理期限恢复计算，新期限 " + notices.time(acceptDue));
    }
}
