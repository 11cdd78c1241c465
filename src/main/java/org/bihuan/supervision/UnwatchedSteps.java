package org.bihuan.supervision;

import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.ModelProperties;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open lifecycle steps that {@link DeadlineWatch} should watch but nothing watches: a user task with a due
 * date (and no {@code escalation=none}) without a running {@code deadline-watch} instance for it, whose
 * ladder did not run to its end either. Such a step would pass its deadline without a warning, a 催办 or a
 * 督办书. Read through the engine's public queries only: three bulk queries, then a re-check of the few
 * candidates, so that a step completed or started between two queries is not reported.
 */
@Component
class UnwatchedSteps {

    /** The end event of deadline-watch.bpmn reached when every level was applied: watching is over. */
    static final String LADDER_DONE = "ladderDone";

    record UnwatchedStep(String taskId, String caseNo, String stepKey, Instant dueAt) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    UnwatchedSteps(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
                   RepositoryService repositoryService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    /** Every such step, the longest due first. */
    List<UnwatchedStep> find() {
        String[] lifecycles = Arrays.stream(CaseType.values()).map(CaseType::processKey).toArray(String[]::new);
        List<Task> dueSteps = taskService.createTaskQuery().processDefinitionKeyIn(lifecycles).list().stream()
                .filter(task -> task.getDueDate() != null)
                .toList();
        if (dueSteps.isEmpty()) {
            return List.of();
        }
        Set<String> watchedTaskIds = watchedTaskIds();
        Map<String, Boolean> escalatedByDefinition = new HashMap<>();
        return dueSteps.stream()
                .filter(task -> !watchedTaskIds.contains(task.getId()))
                .filter(task -> escalatedByDefinition.computeIfAbsent(
                        task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> escalated(task)))
                .filter(this::stillOpenAndUnwatched)
                .filter(task -> !ladderRanToItsEnd(task.getId()))
                .map(this::describe)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(UnwatchedStep::dueAt))
                .toList();
    }

    private Set<String> watchedTaskIds() {
        Set<String> watches = runtimeService.createProcessInstanceQuery().processDefinitionKey(DeadlineWatch.PROCESS_KEY)
                .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        if (watches.isEmpty()) {
            return Set.of();
        }
        // supervision acts have a taskId variable too; only the watches' count here
        return runtimeService.createVariableInstanceQuery().variableName("taskId").disableCustomObjectDeserialization()
                .list().stream()
                .filter(variable -> watches.contains(variable.getProcessInstanceId()))
                .map(VariableInstance::getValue)
                .map(String::valueOf)
                .collect(Collectors.toSet());
    }

    private boolean escalated(Task task) {
        BaseElement step = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return !"none".equals(ModelProperties.of(step, "escalation").orElse(""));
    }

    private boolean stillOpenAndUnwatched(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).count() == 1
                && runtimeService.createProcessInstanceQuery().processDefinitionKey(DeadlineWatch.PROCESS_KEY)
                .variableValueEquals("taskId", task.getId()).count() == 0;
    }

    private boolean ladderRanToItsEnd(String taskId) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DeadlineWatch.PROCESS_KEY)
                .variableValueEquals("taskId", taskId).finished().executedActivityIdIn(LADDER_DONE).count() > 0;
    }

    /** null for a task of a process without a case number: DeadlineWatch leaves those alone too. */
    private UnwatchedStep describe(Task task) {
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (lifecycle == null || lifecycle.getBusinessKey() == null) {
            return null;
        }
        return new UnwatchedStep(task.getId(), lifecycle.getBusinessKey(), task.getTaskDefinitionKey(),
                task.getDueDate().toInstant());
    }
}
