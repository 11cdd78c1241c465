package org.bihuan.supervision;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.Display;
import org.bihuan.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Map;

/** 预警: the step's deadline is near; whoever must act hears it, and the timeline shows it. */
@Component("sendWarning")
class SendWarning implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final ResponsiblePeople responsiblePeople;
    private final Notifications notifications;
    private final WorkingDayCalendar calendar;

    SendWarning(CaseFiles caseFiles, ResponsiblePeople responsiblePeople, Notifications notifications, WorkingDayCalendar calendar) {
        this.caseFiles = caseFiles;
        this.responsiblePeople = responsiblePeople;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        CaseFile file = caseFiles.get(caseNo);
        String stepName = (String) execution.getVariable("stepName");
        String due = Display.dateTime(((Date) execution.getVariable("dueAt")).toInstant(), calendar.zone());
        var responsible = responsiblePeople.of((String) execution.getVariable("taskId"));
        caseFiles.record(caseNo, "WARNING", CaseFiles.SYSTEM, stepName + " 将于 " + due + " 到期");
        notifications.send("step.warning",
                Map.of("caseNo", caseNo, "title", file.title(), "stepName", stepName, "due", due),
                responsible.recipients(), "warning:" + execution.getProcessInstanceId());
    }
}
