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

/**
 * 超期催办: the deadline passed with the step still open. The case is marked overdue (for lists and the
 * record), the responsible unit gets a 催办 notice, the supervisors are told; the model then gives the
 * supervisors a superviseOverdue task.
 */
@Component("markOverdue")
class MarkOverdue implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final ResponsiblePeople responsiblePeople;
    private final Notifications notifications;
    private final WorkingDayCalendar calendar;

    MarkOverdue(CaseFiles caseFiles, ResponsiblePeople responsiblePeople, Notifications notifications, WorkingDayCalendar calendar) {
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
        caseFiles.markOverdue(caseNo);
        caseFiles.record(caseNo, "OVERDUE", CaseFiles.SYSTEM, stepName + " 已于 " + due + " 超期（" + responsible.unitName() + "）");
        Map<String, Object> params = Map.of("caseNo", caseNo, "title", file.title(), "stepName", stepName, "due", due,
                "unitName", responsible.unitName());
        String key = "overdue:" + execution.getProcessInstanceId();
        notifications.send("step.overdue", params, responsible.recipients(), key);
        notifications.send("step.escalated", params, responsiblePeople.supervisors(), key);
    }
}
