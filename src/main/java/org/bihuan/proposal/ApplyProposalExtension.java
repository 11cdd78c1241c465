package org.bihuan.proposal;

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

/** 延期: an approved extension moves the reply deadline of every open reply to the end of the approved day. */
@Component("applyProposalExtension")
class ApplyProposalExtension implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final TaskDeadlines taskDeadlines;
    private final WorkingDayCalendar calendar;
    private final ProposalNotices notices;

    ApplyProposalExtension(CaseFiles caseFiles, TaskDeadlines taskDeadlines, WorkingDayCalendar calendar, ProposalNotices notices) {
        this.caseFiles = caseFiles;
        this.taskDeadlines = taskDeadlines;
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
        Instant replyDue = calendar.closingTime(LocalDate.parse((String) execution.getVariable("newDeadline")));
        execution.setVariable("replyDue", Date.from(replyDue));
        taskDeadlines.move(execution.getProcessInstanceId(), List.of("reply", "unitReply"), replyDue);
        caseFiles.record(proposalNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM, "答复期限延至 " + notices.time(replyDue));
    }
}
