package org.bihuan.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/** 审查立案 starts: its `proposal.review` clock runs from here (after cosigning, if any). */
@Component("submitForReview")
class SubmitForReview implements JavaDelegate {

    private final Clock clock;

    SubmitForReview(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("reviewStartedAt", Date.from(clock.instant()));
    }
}
