package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
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

    private static final Set<String> REGISTERED = Set.of("ASSIGNED", "IN_HANDLING", "REPLIED", "REHANDLING", "CLOSED", "UNDER_REVIEW");

    private final CaseFiles caseFiles;
    private final ProposalRecords proposals;
    private final Users users;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final WorkingDayCalendar calendar;
    private final CaseNotices notices;
    private final Clock clock;

    ProposalRules(CaseFiles caseFiles, ProposalRecords proposals, Users users, RuntimeService runtimeService, TaskService taskService,
                  WorkingDayCalendar calendar, CaseNotices notices, Clock clock) {
        this.caseFiles = caseFiles;
        this.proposals = proposals;
        this.users = users;
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
            case "review" -> mergeTarget(task, values);
            case "assign" -> assignment(values);
            case "reply" -> coOpinionsIn(task);
            default -> List.of();
        };
    }

    /** 并案 joins a proposal that was registered (not one that was itself refused or merged). */
    private List<FieldError> mergeTarget(OpenTask task, Map<String, Object> values) {
        if (!"MERGE".equals(values.get("decision"))) {
            return List.of();
        }
        String target = (String) values.get("mergeInto");
        if (target.equals(task.caseNo())) {
            return List.of(new FieldError("mergeInto", "cannot be the proposal itself"));
        }
        boolean registered = caseFiles.find(target)
                .filter(f -> f.caseType() == CaseType.PROPOSAL && REGISTERED.contains(f.status()) && !"UNDER_REVIEW".equals(f.status()))
                .isPresent();
        return registered ? List.of() : List.of(new FieldError("mergeInto", "is not a registered proposal: " + target));
    }

    private List<FieldError> assignment(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        String lead = (String) values.get("leadUnit");
        if (!isHandlingUnit(lead)) {
            errors.add(new FieldError("leadUnit", "is not a handling unit: " + lead));
        }
        Set<String> seen = new HashSet<>(Set.of(lead));
        for (String unit : UnitCodes.parse((String) values.get("coUnits"))) {
            if (!isHandlingUnit(unit)) {
                errors.add(new FieldError("coUnits", "is not a handling unit: " + unit));
            } else if (!seen.add(unit)) {
                errors.add(new FieldError("coUnits", "names " + unit + " twice (or the lead unit again)"));
            }
        }
        if (Boolean.TRUE.equals(values.get("key"))) {
            String leader = (String) values.get("supervisingLeader");
            if (users.find(leader).filter(u -> u.has(Role.LEADER)).isEmpty()) {
                errors.add(new FieldError("supervisingLeader", "is not a leader's account: " + leader));
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

    private boolean isHandlingUnit(String code) {
        return code != null && users.unit(code).map(u -> "HANDLING".equals(u.kind())).orElse(false);
    }
}
