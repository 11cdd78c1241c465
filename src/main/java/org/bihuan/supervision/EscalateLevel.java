package org.bihuan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Date;

/** The watched step reached the planned level: apply it (the same service a supervisor's 督办 by hand uses). */
@Component("escalateLevel")
class EscalateLevel implements JavaDelegate {

    private final Escalations escalations;
    private final org.bihuan.casefile.StepDeadlines steps;

    EscalateLevel(Escalations escalations, org.bihuan.casefile.StepDeadlines steps) {
        this.escalations = escalations;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskId = (String) execution.getVariable("taskId");
        var step = new Escalations.Step(execution.getProcessBusinessKey(), taskId, (String) execution.getVariable("stepKey"),
                (String) execution.getVariable("stepName"), steps.unitOf(taskId).orElse(null),
                ((Date) execution.getVariable("dueAt")).toInstant());
        escalations.reached((String) execution.getVariable("nextLevel"), step);
    }
}
