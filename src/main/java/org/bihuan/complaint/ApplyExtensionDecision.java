package org.bihuan.complaint;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.task.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** 延期: an approved extension moves the handle deadline to the end of the approved day. */
@Component("applyExtensionDecision")
class ApplyExtensionDecision implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final TaskDeadlines taskDeadlines;
    private final WorkingDayCalendar calendar;
    private final ComplaintNotices notices;

    ApplyExtensionDecision(CaseFiles caseFiles, TaskDeadlines taskDeadlines, WorkingDayCalendar calendar, ComplaintNotices notices) {
        this.caseFiles = caseFiles;
        this.taskDeadlines = taskDeadlines;
        this.calendar = calendar;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        if (!Boolean.TRUE.equals(execution.getVariable("approve"))) {
            caseFiles.record(caseNo, "EXTENSION_REFUSED", CaseFiles.SYSTEM, "延期申请未获批准，办理期限不变");
            return;
        }
        Instant handleDue = calendar.closingTime(LocalDate.parse((String) execution.getVariable("newDeadline")));
        execution.setVariable("handleDue", Date.from(handleDue));
        taskDeadlines.move(execution.getProcessInstanceId(), List.of("handle"), handleDue);
        caseFiles.record(caseNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM, "办理期限延至 " + notices.time(handleDue));
    }
}
