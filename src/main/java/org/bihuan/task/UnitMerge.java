package org.bihuan.task;

import org.bihuan.audit.AuditLog;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.identity.UnitMerged;
import org.bihuan.identity.UnitProfile;
import org.bihuan.identity.UnitSuccession;
import org.bihuan.identity.Units;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 机构改革: a unit merged into its successor hands over everything at once, in one transaction — its people and routing
 * data ({@link Units#mergeInto}), its open cases with a timeline entry each ({@link CaseFiles#handOverUnit}), and its
 * open tasks in the engine: each task offered to the old unit is offered to the successor instead (whoever holds one
 * keeps it; they now belong to the successor), and the process variables the models route by (the
 * {@code candidateGroups="${…}"} of their user tasks) name the successor, so that the next steps go there too. Then
 * {@link UnitMerged} tells the lifecycles, which move their own records of the unit.
 */
@Service
@Transactional
public class UnitMerge {

    private static final Pattern GROUP_VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    private final Units units;
    private final CaseFiles caseFiles;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    UnitMerge(Units units, CaseFiles caseFiles, TaskService taskService, RuntimeService runtimeService,
              RepositoryService repositoryService, AuditLog audit, ApplicationEventPublisher events) {
        this.units = units;
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.audit = audit;
        this.events = events;
    }

    /** What would move if {@code from} were merged now: for the confirmation page. */
    @Transactional(readOnly = true)
    public Preview preview(String from) {
        UnitProfile unit = units.get(from);
        long tasks = taskService.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().count();
        return new Preview(unit, unit.people(), tasks);
    }

    public Result merge(String from, String to) {
        UnitSuccession succession = units.mergeInto(from, to);
        String note = name(from) + " → " + name(to);
        List<String> cases = caseFiles.handOverUnit(from, to, actor(), note);
        int tasks = 0;
        for (Task task : taskService.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().list()) {
            taskService.addCandidateGroup(task.getId(), to);
            taskService.deleteCandidateGroup(task.getId(), from);
            tasks++;
        }
        int variables = 0;
        for (String name : routingVariables()) {
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery().variableValueEquals(name, from).list()) {
                if (variable.getTaskId() != null) {
                    taskService.setVariableLocal(variable.getTaskId(), name, to);
                } else {
                    runtimeService.setVariableLocal(variable.getExecutionId(), name, to);
                }
                variables++;
            }
        }
        // the lifecycles' own records of the unit (a proposal's lead and co-units), in this transaction
        events.publishEvent(new UnitMerged(from, to));
        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("successor", to);
        moved.put("people", succession.movedPeople());
        moved.put("cases", cases);
        moved.put("tasks", tasks);
        moved.put("processVariables", variables);
        audit.record("unit.handedOver", "unit", from, null, moved);
        return new Result(from, to, succession.movedPeople(), cases, tasks);
    }

    /** The variables the deployed models name in their user tasks' candidate groups, e.g. unitCode, leadUnit. */
    private Set<String> routingVariables() {
        Set<String> names = new TreeSet<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                String groups = task.getCamundaCandidateGroups();
                if (groups != null) {
                    Matcher matcher = GROUP_VARIABLE.matcher(groups);
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    private String name(String code) {
        return units.find(code).map(UnitProfile::name).orElse(code) + " (" + code + ")";
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? CaseFiles.SYSTEM : authentication.getName();
    }

    /** @param tasks the open tasks offered to the unit now */
    public record Preview(UnitProfile unit, int people, long tasks) {
    }

    /** What moved: the people, the open cases (each with its timeline entry) and how many open tasks. */
    public record Result(String from, String to, List<String> people, List<String> cases, int tasks) {
    }
}
