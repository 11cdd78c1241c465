package org.bihuan.supervision;

import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.ModelProperties;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts {@code deadline-watch.bpmn} for every lifecycle user task that has a due date, ends it (and any
 * supervision act still open for the task) when the task ends, and restarts it when the due date moves
 * (an approved extension). The ladder itself lives in the model and the configuration; this class only
 * connects tasks to it.
 */
@Component
class DeadlineWatch {

    static final String PROCESS_KEY = "deadline-watch";
    static final String STEP_ENDED = "deadlineWatch.stepEnded";
    /** Ends the acts (supervision-act.bpmn) still open for a step; not sent when only the due date moved. */
    static final String ACTS_LAPSE = "supervisionAct.stepEnded";

    private final RuntimeService runtimeService;

    DeadlineWatch(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        Optional<CaseType> caseType = CaseType.ofProcess(processKey(task));
        if (caseType.isEmpty() || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                if (watched(task)) {
                    start(task, caseType.get());
                }
            }
            case TaskListener.EVENTNAME_UPDATE -> {
                if (watched(task) && dueMoved(task)) {
                    // an extension: the ladder starts again from the new due date, the acts already asked for stay
                    stopWatch(task.getId());
                    start(task, caseType.get());
                }
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> {
                stopWatch(task.getId());
                runtimeService.createMessageCorrelation(ACTS_LAPSE).processInstanceVariableEquals("taskId", task.getId()).correlateAll();
            }
            default -> {
            }
        }
    }

    private static boolean watched(DelegateTask task) {
        return task.getDueDate() != null
                && !"none".equals(ModelProperties.of(task.getBpmnModelElementInstance(), "escalation").orElse(""));
    }

    private void start(DelegateTask task, CaseType caseType) {
        Date due = task.getDueDate();
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskId", task.getId());
        variables.put("stepKey", task.getTaskDefinitionKey());
        variables.put("stepName", task.getName());
        variables.put("caseType", caseType.name());
        variables.put("dueAt", due);
        variables.put("levelIndex", -1);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, task.getExecution().getProcessBusinessKey(), variables);
    }

    private boolean dueMoved(DelegateTask task) {
        ProcessInstance watch = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).variableValueEquals("taskId", task.getId()).singleResult();
        if (watch == null) {
            return true;
        }
        Object watchedDue = runtimeService.getVariable(watch.getId(), "dueAt");
        return !task.getDueDate().equals(watchedDue);
    }

    private void stopWatch(String taskId) {
        runtimeService.createMessageCorrelation(STEP_ENDED)
                .processInstanceVariableEquals("taskId", taskId)
                .correlateAll();
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
