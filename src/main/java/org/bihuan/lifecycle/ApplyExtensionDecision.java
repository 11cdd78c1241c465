package org.bihuan.lifecycle;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.Display;
import org.bihuan.task.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 延期 decided: approved, the deadline and its open steps move to the end of the approved day; the timeline says which. */
@Component("applyExtensionDecision")
class ApplyExtensionDecision implements JavaDelegate {

    private final Lifecycles lifecycles;
    private final CaseFiles caseFiles;
    private final TaskDeadlines taskDeadlines;
    private final WorkingDayCalendar calendar;

    ApplyExtensionDecision(Lifecycles lifecycles, CaseFiles caseFiles, TaskDeadlines taskDeadlines, WorkingDayCalendar calendar) {
        this.lifecycles = lifecycles;
        this.caseFiles = caseFiles;
        this.taskDeadlines = taskDeadlines;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        String processKey = execution.getProcessDefinitionId().split(":")[0];
        ExtensionPolicy policy = lifecycles.ofProcess(processKey).flatMap(Lifecycle::extension)
                .orElseThrow(() -> new IllegalStateException(processKey + " has no extension policy"));
        taskDeadlines.applyExtensionDecision(execution, policy.dueVariable(), policy.extendedTaskKeys()).ifPresentOrElse(
                due -> caseFiles.record(caseNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM,
                        policy.deadlineLabel() + "延至 " + Display.dateTime(due, calendar.zone())),
                () -> caseFiles.record(caseNo, "EXTENSION_REFUSED", CaseFiles.SYSTEM, "延期申请未获批准，" + policy.deadlineLabel() + "不变"));
    }
}
