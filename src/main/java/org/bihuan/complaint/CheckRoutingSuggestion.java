package org.bihuan.complaint;

import org.bihuan.identity.Units;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the routing table ({@code complaint-routing.dmn}) suggested a unit, the units' data checks the suggestion
 * ({@link Units#routingSuggestion}): the transfer form is prefilled with a unit that takes work today, or with nothing
 * when nothing is clear, instead of a merged or unknown code.
 */
@Component("checkRoutingSuggestion")
class CheckRoutingSuggestion implements ExecutionListener {

    private final Units units;

    CheckRoutingSuggestion(Units units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String suggested = (String) execution.getVariable("unitCode");
        String respondentType = (String) execution.getVariable("respondentType");
        String region = (String) execution.getVariable("region");
        execution.setVariable("unitCode", units.routingSuggestion(suggested, respondentType, region).orElse(null));
    }
}
