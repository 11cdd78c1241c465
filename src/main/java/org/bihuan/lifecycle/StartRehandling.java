package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/**
 * 重办: one more round of handling. Counts the round on the case file, gives the model {@code rehandleCount} and
 * {@code rehandleStartedAt}, and notes on the timeline the words of the model's {@code timeline} property.
 */
@Component("startRehandling")
class StartRehandling implements JavaDelegate {

    private final CaseFiles caseFiles;
    private final Clock clock;

    StartRehandling(CaseFiles caseFiles, Clock clock) {
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        execution.setVariable("rehandleCount", caseFiles.countRehandling(caseNo));
        execution.setVariable("rehandleStartedAt", Date.from(clock.instant()));
        String note = ModelProperties.of(execution.getBpmnModelElementInstance(), "timeline")
                .orElseThrow(() -> new IllegalStateException(execution.getCurrentActivityId() + " has no timeline property"));
        caseFiles.record(caseNo, "REHANDLING", CaseFiles.SYSTEM, note);
    }
}
