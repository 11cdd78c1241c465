package org.bihuan.lifecycle;

import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.task.FieldError;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An approved extension ends after the current deadline and no later than the lifecycle's maximum. */
@Component
class ExtensionDecisionRule implements TaskCompletionRule {

    private final Lifecycles lifecycles;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;

    ExtensionDecisionRule(Lifecycles lifecycles, RuntimeService runtimeService, WorkingDayCalendar calendar, Deadlines deadlines) {
        this.lifecycles = lifecycles;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    @Override
    public boolean appliesTo(OpenTask task) {
        return policy(task).isPresent();
    }

    @Override
    public List<FieldError> check(OpenTask task, Map<String, Object> values) {
        ExtensionPolicy policy = policy(task).orElseThrow();
        if (!Boolean.TRUE.equals(values.get("approve"))) {
            return List.of();
        }
        LocalDate newDeadline = (LocalDate) values.get("newDeadline");
        LocalDate max = date(runtimeService.getVariable(task.processInstanceId(), policy.maxVariable()));
        LocalDate current = date(runtimeService.getVariable(task.processInstanceId(), policy.dueVariable()));
        if (newDeadline.isAfter(max)) {
            return List.of(new FieldError("newDeadline", "must not be after " + max + " ("
                    + deadlines.expression(policy.maxDeadlineKey()) + ", the longest time allowed)"));
        }
        if (!newDeadline.isAfter(current)) {
            return List.of(new FieldError("newDeadline", "must be after the current deadline " + current));
        }
        return List.of();
    }

    private Optional<ExtensionPolicy> policy(OpenTask task) {
        return lifecycles.ofProcess(task.processDefinitionKey()).flatMap(Lifecycle::extension)
                .filter(p -> p.decisionTaskKey().equals(task.taskKey()));
    }

    private LocalDate date(Object engineDate) {
        return LocalDate.ofInstant(((Date) engineDate).toInstant(), calendar.zone());
    }
}
