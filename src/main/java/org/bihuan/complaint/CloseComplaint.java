package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 办结, with the reason: the complainant's rating, or the supervisor's review after a second dissatisfaction. */
@Component("closeComplaint")
class CloseComplaint implements JavaDelegate {

    static final String REVIEWED = "REVIEWED_BY_SUPERVISOR";

    private final CaseFiles caseFiles;
    private final CaseNotices notices;

    CloseComplaint(CaseFiles caseFiles, CaseNotices notices) {
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        String satisfaction = (String) execution.getVariable("satisfaction");
        String reason = "UNSATISFIED".equals(satisfaction) ? REVIEWED : satisfaction;
        caseFiles.close(caseNo, reason);
        caseFiles.record(caseNo, "CLOSED", CaseFiles.SYSTEM, Labels.of(reason));
        notices.toParty(caseNo, "complaint.closed", Map.of("reason", Labels.of(reason)), "closed:" + execution.getActivityInstanceId());
    }
}
