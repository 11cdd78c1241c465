package org.bihuan.complaint;

import org.bihuan.casefile.CaseFiles;
import org.bihuan.task.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

/** 延期: an approved extension moves the handle deadline to the end of the approved day. */
@Component("applyExtensionDecision")
class ApplyExtensionDecision implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final TaskDeadlines taskDeadlines;
    private final ComplaintNotices notices;

    ApplyExtensionDecision(CaseFiles caseFiles, TaskDeadlines taskDeadlines, ComplaintNotices notices) {
        this.caseFiles = caseFiles;
        this.taskDeadlines = taskDeadlines;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        taskDeadlines.applyExtensionDecision(execution, "handleDue", List.of("handle")).ifPresentOrElse(
                due -> caseFiles.record(caseNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM, "办理期限延至 " + notices.time(due)),
                () -> caseFiles.record(caseNo, "EXTENSION_REFUSED", CaseFiles.SYSTEM, "延期申请未获批准，办理期限不变"));
    }
}
