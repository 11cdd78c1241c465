package org.bihuan.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The rating, by the complainant or taken on the phone, goes on the complaint for the statistics. */
@Component("recordEvaluation")
class RecordEvaluation implements JavaDelegate {

    private final ComplaintRecords complaints;

    RecordEvaluation(ComplaintRecords complaints) {
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        complaints.recordSatisfaction(execution.getProcessBusinessKey(), (String) execution.getVariable("satisfaction"));
    }
}
