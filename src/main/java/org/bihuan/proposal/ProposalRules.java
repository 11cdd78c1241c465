package org.bihuan.proposal;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.task.FieldError;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The proposal rules that a form cannot say. */
@Component
class ProposalRules implements TaskCompletionRule {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final WorkingDayCalendar calendar;
    private final ProposalNotices notices;
    private final Clock clock;

    /** A merge target (并案) is one of the registered proposals the form offers ({@link MergeTargetOptions}). */
    ProposalRules(RuntimeService runtimeService, TaskService taskService,
                  WorkingDayCalendar calendar, ProposalNotices notices, Clock clock) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.calendar = calendar;
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
            case "proposalExtension" -> withinMaximum(task, values);
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

    private List<FieldError> withinMaximum(OpenTask task, Map<String, Object> values) {
        if (!Boolean.TRUE.equals(values.get("approve"))) {
            return List.of();
        }
        LocalDate newDeadline = (LocalDate) values.get("newDeadline");
        LocalDate max = date(runtimeService.getVariable(task.processInstanceId(), "replyMax"));
        LocalDate current = date(runtimeService.getVariable(task.processInstanceId(), "replyDue"));
        if (newDeadline.isAfter(max)) {
            return List.of(new FieldError("newDeadline", "must not be after " + max + ", the longest reply time from assignment"));
        }
        if (!newDeadline.isAfter(current)) {
            return List.of(new FieldError("newDeadline", "must be after the current deadline " + current));
        }
        return List.of();
    }

    private LocalDate date(Object engineDate) {
        return LocalDate.ofInstant(((Date) engineDate).toInstant(), calendar.zone());
    }
}
