package org.bihuan.supervision;

import org.bihuan.casefile.CaseType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/** Finds the watched step's next level on the ladder and when it is due; none left ends the watch. */
@Component("planNextEscalation")
class PlanNextEscalation implements JavaDelegate {

    private final EscalationLadder ladder;
    private final Clock clock;

    PlanNextEscalation(EscalationLadder ladder, Clock clock) {
        this.ladder = ladder;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int after = (Integer) execution.getVariable("levelIndex");
        CaseType type = CaseType.valueOf((String) execution.getVariable("caseType"));
        Date due = (Date) execution.getVariable("dueAt");
        var next = ladder.next(after, type, due.toInstant(), clock.instant());
        execution.setVariable("nextLevel", next.map(p -> p.level().name()).orElse(null));
        execution.setVariable("nextAt", next.map(p -> Date.from(p.at())).orElse(null));
        execution.setVariable("levelIndex", next.map(EscalationLadder.Planned::index).orElse(after));
    }
}
