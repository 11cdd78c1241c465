package org.bihuan.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The escalated step was done before the act: the act lapses, and its ledger line says so. */
@Component("closeSupervisionAct")
class CloseSupervisionAct implements JavaDelegate {

    private final Escalations escalations;

    CloseSupervisionAct(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.stepDone(((Number) execution.getVariable("ledgerId")).longValue());
    }
}
