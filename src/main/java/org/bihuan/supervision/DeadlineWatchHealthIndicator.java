package org.bihuan.supervision;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deadlineWatch} in /actuator/health: how many open steps with a deadline nothing escalates
 * ({@link UnwatchedSteps}), which must be 0. Otherwise the status is WARN (answered 200, see
 * management.endpoint.health.status in application.yaml): the server works, but a person has to restart those
 * watches; the first few steps are named with their case numbers.
 */
@Component
class DeadlineWatchHealthIndicator extends AbstractHealthIndicator {

    static final Status WARN = new Status("WARN", "open steps with a deadline that nothing escalates");

    private final UnwatchedSteps unwatchedSteps;
    private final int examples;

    DeadlineWatchHealthIndicator(UnwatchedSteps unwatchedSteps,
                                 @Value("${bihuan.supervision.watch-health.examples:5}") int examples) {
        super("Counting unwatched steps failed");
        this.unwatchedSteps = unwatchedSteps;
        this.examples = examples;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<UnwatchedSteps.UnwatchedStep> unwatched = unwatchedSteps.find();
        builder.status(unwatched.isEmpty() ? Status.UP : WARN).withDetail("unwatchedSteps", unwatched.size());
        if (!unwatched.isEmpty()) {
            builder.withDetail("examples", unwatched.stream().limit(examples).map(step -> {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("caseNo", step.caseNo());
                example.put("taskId", step.taskId());
                example.put("step", step.stepKey());
                example.put("dueAt", step.dueAt().toString());
                return example;
            }).toList());
        }
    }
}
