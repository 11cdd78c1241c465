package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

/** 重办: the complainant is not satisfied for the first time; the same unit handles it again. */
@Component("startRehandling")
class StartRehandling implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final ComplaintRecords complaints;
    private final CaseNotices notices;
    private final Clock clock;

    StartRehandling(CaseFiles caseFiles, ComplaintRecords complaints, CaseNotices notices, Clock clock) {
        this.caseFiles = caseFiles;
        this.complaints = complaints;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        execution.setVariable("rehandleCount", complaints.countRehandling(caseNo));
        execution.setVariable("rehandleStartedAt", Date.from(clock.instant()));
        caseFiles.record(caseNo, "REHANDLING", CaseFiles.SYSTEM, "投诉人不满意，交原承办单位重新办理");
    }
}
