package org.bihuan.proposal;

import org.bihuan.casefile.CaseFiles;
import org.bihuan.task.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

/** 延期: an approved extension moves the reply deadline of every open reply to the end of the approved day. */
@Component("applyProposalExtension")
class ApplyProposalExtension implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final TaskDeadlines taskDeadlines;
    private final ProposalNotices notices;

    ApplyProposalExtension(CaseFiles caseFiles, TaskDeadlines taskDeadlines, ProposalNotices notices) {
        this.caseFiles = caseFiles;
        this.taskDeadlines = taskDeadlines;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        taskDeadlines.applyExtensionDecision(execution, "replyDue", List.of("reply", "unitReply")).ifPresentOrElse(
                due -> caseFiles.record(caseNo, "EXTENSION_APPROVED", CaseFiles.SYSTEM, "答复期限延至 " + notices.time(due)),
                () -> caseFiles.record(caseNo, "EXTENSION_REFUSED", CaseFiles.SYSTEM, "延期申请未获批准，答复期限不变"));
    }
}
