package org.bihuan.proposal;

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
import java.util.List;

/** 延期: an approved extension moves the reply deadline of every open reply; the deadline watch follows the tasks. */
@Component("applyProposalExtension")
class ApplyProposalExtension implements JavaDelegate {

    private static final List<String> REPLY_STEPS = List.of("reply", "unitReply");

    private final CaseFiles caseFiles;
    private final TaskService taskService;
    private final WorkingDayCalendar calendar;
    private final ProposalNotices notices;

    ApplyProposalExtension(CaseFiles caseFiles, TaskService taskService, WorkingDayCalendar calendar, ProposalNotices notices) {
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.calendar = calendar;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        if (!Boolean.TRUE.equals(execution.getVariable("approve"))) {
            caseFiles.record(proposalNo, "EXTENSION_REFUSED", CaseFiles.SYSTEM, "延期申请未获批准，答复期限不变");
            return;
        }
        LocalDate newDeadline = LocalDate.parse((String) execution.getVariable("newDeadline"));
        Instant replyDue = newDeadline.atTime(calendar.officeClosingTime()).atZone(calendar.zone()).toInstant();
        execution.setVariable("replyDue", Date.from(replyDue));
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(REPLY_STEPS.toArray(String[]::new)).list()) {
            task.setDueDate(Date.from(replyDue));
            taskService.saveTask(task);
        }
        caseFiles.record(proposalNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM, "答复期限延至 " + notices.time(replyDue));
    }
}
