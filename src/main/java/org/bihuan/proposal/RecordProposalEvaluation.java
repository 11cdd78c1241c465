package org.bihuan.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 委员评价 goes on the proposal, for the unit's statistics. */
@Component("recordProposalEvaluation")
class RecordProposalEvaluation implements JavaDelegate {

    private final ProposalRecords proposals;

    RecordProposalEvaluation(ProposalRecords proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.recordSatisfaction(execution.getProcessBusinessKey(), (String) execution.getVariable("satisfaction"));
    }
}
