package org.bihuan.supervision;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/** The supervisor's record, the unit's answer to a 督办书 or the 约谈 record goes into the ledger line. */
@Component("recordSupervisionAct")
class RecordSupervisionAct implements JavaDelegate {

    private static final Map<String, String> TASK_OF_ACT = Map.of(
            "SUPERVISE", "superviseOverdue", "UNIT_RESPONSE", "supervisionResponse", "SUMMONS", "summons");

    private final Escalations escalations;
    private final CaseFiles caseFiles;

    RecordSupervisionAct(Escalations escalations, CaseFiles caseFiles) {
        this.escalations = escalations;
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long ledgerId = ((Number) execution.getVariable("ledgerId")).longValue();
        String taskKey = TASK_OF_ACT.get((String) execution.getVariable("act"));
        var submission = caseFiles.submissions(execution.getProcessBusinessKey(), taskKey).stream()
                .reduce((first, second) -> second).orElseThrow();
        String answer = submission.data().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        escalations.actDone(ledgerId, submission.actor(), answer);
    }
}
