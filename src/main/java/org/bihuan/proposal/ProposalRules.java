package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseType;
import org.bihuan.task.FieldError;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletionRule;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The proposal rules that a form cannot say. */
@Component
class ProposalRules implements TaskCompletionRule {

    private final TaskService taskService;
    private final CaseNotices notices;
    private final Clock clock;

    /** A merge target (并案) is one of the registered proposals the form offers ({@link MergeTargetOptions}). */
    ProposalRules(TaskService taskService, CaseNotices notices, Clock clock) {
        this.taskService = taskService;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(OpenTask task) {
        return CaseType.PROPOSAL.processKey().equals(task.processDefinitionKey());
    }

    @Override
    public List<FieldError> check(OpenTask task, Map<String, Object> values) {
        return switch (task.taskKey()) {
            case "assign" -> assignment(values);
            case "reply" -> coOpinionsIn(task);
            default -> List.of();
        };
    }

    /**
     * Which units and leaders may be chosen is what the form offers ({@code unitOptions}, {@code leaderOptions});
     * what the options cannot say is that every unit is named once.
     */
    private List<FieldError> assignment(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of((String) values.get("leadUnit")));
        for (String unit : UnitCodes.of(values.get("coUnits"))) {
            if (!seen.add(unit)) {
                errors.add(new FieldError("coUnits", "names " + unit + " twice (or the lead unit again)"));
            }
        }
        return errors;
    }

    /** The lead unit replies only when every co-unit has given its opinion or let its deadline pass (then it is escalated). */
    private List<FieldError> coOpinionsIn(OpenTask task) {
        Instant now = clock.instant();
        List<String> waiting = taskService.createTaskQuery().processInstanceId(task.processInstanceId())
                .taskDefinitionKey("coOpinion").list().stream()
                .filter(t -> t.getDueDate() == null || t.getDueDate().toInstant().isAfter(now))
                .map(this::unitOf).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        return List.of(new FieldError("replyText", "cannot be sent yet: waiting for the opinion of " + String.join("、", waiting)
                + " until its deadline"));
    }

    private String unitOf(Task coOpinion) {
        Object unit = taskService.getVariable(coOpinion.getId(), "unit");
        return unit == null ? "?" : notices.unitName((String) unit);
    }
}
