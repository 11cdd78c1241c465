package org.bihuan.complaint;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * 延期: an approved extension moves the handle deadline to the end of the approved day. Moving the open
 * task's due date is enough: the deadline watch and the case file follow the task.
 */
@Component("applyExtensionDecision")
class ApplyExtensionDecision implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final TaskService taskService;
    private final WorkingDayCalendar calendar;
    private final ComplaintNotices notices;

    ApplyExtensionDecision(CaseFiles caseFiles, TaskService taskService, WorkingDayCalendar calendar, ComplaintNotices notices) {
        this.caseFiles = caseFiles;
        this.taskService = taskService;
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
        LocalDate newDeadline = LocalDate.parse((String) execution.getVariable("newDeadline"));
        Instant handleDue = newDeadline.atTime(calendar.officeClosingTime()).atZone(calendar.zone()).toInstant();
        execution.setVariable("handleDue", Date.from(handleDue));
        Task handle = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("handle").singleResult();
        if (handle != null) {
            handle.setDueDate(Date.from(handleDue));
            taskService.saveTask(handle);
        }
        caseFiles.record(caseNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM, "办理期限延至 " + notices.time(handleDue));
    }
}
