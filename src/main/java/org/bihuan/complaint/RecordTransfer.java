package org.bihuan.complaint;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** 转办: the case moves to the handling unit, which gets the 转办单 and has `complaint.sign` to sign for it. */
@Component("recordTransfer")
class RecordTransfer implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final CaseNotices notices;
    private final Users users;
    private final ComplaintDocuments documents;
    private final Clock clock;

    RecordTransfer(CaseFiles caseFiles, Deadlines deadlines, CaseNotices notices, Users users, ComplaintDocuments documents,
                   Clock clock) {
        this.documents = documents;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.notices = notices;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        String unitCode = (String) execution.getVariable("unitCode");
        Instant now = clock.instant();
        execution.setVariable("transferredAt", Date.from(now));
        caseFiles.assignUnit(caseNo, unitCode);
        String unitName = users.unit(unitCode).map(Unit::name).orElse(unitCode);
        caseFiles.record(caseNo, "TRANSFERRED", CaseFiles.SYSTEM, "转 " + unitName + " 办理");
        documents.toUnit(caseNo, unitCode, "TRANSFER_SHEET", Map.of("signDeadline", notices.time(deadlines.due("complaint.sign", now))),
                "transferred:" + execution.getActivityInstanceId());
    }
}
