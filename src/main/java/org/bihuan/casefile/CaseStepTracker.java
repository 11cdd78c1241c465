package org.bihuan.casefile;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the case file's "current step", its due instant, the overdue flag and the named deadlines in step
 * with the lifecycle's open user tasks, so lists never have to ask the engine.
 */
@Component
class CaseStepTracker {

    private static final Object ENDED_TASKS = CaseStepTracker.class.getName() + ".endedTasks";

    private final CaseFiles caseFiles;
    private final StepDeadlines steps;
    private final TaskService taskService;
    private final Clock clock;

    CaseStepTracker(CaseFiles caseFiles, StepDeadlines steps, @Lazy TaskService taskService, Clock clock) {
        this.caseFiles = caseFiles;
        this.steps = steps;
        this.taskService = taskService;
        this.clock = clock;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String caseNo = task.getExecution().getProcessBusinessKey();
        String processKey = processKey(task);
        if (caseNo != null && TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            // Tasklist shows the description: officials see which case a task is about, supervision tasks included
            // (it replaces the model's documentation, which is written for analysts, not clerks)
            caseFiles.find(caseNo).ifPresent(f -> task.setDescription(caseNo + " " + f.title()));
        }
        if (caseNo == null || CaseType.ofProcess(processKey).isEmpty()) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE -> {
                if (task.getDueDate() != null) {
                    caseFiles.setDeadline(caseNo, task.getTaskDefinitionKey(), task.getDueDate().toInstant());
                }
                if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                    steps.opened(task, caseNo, CaseType.ofProcess(processKey).orElseThrow());
                } else {
                    steps.dueMoved(task);
                }
                refresh(caseNo, task, true);
            }
            case TaskListener.EVENTNAME_COMPLETE -> {
                steps.ended(task.getId(), true);
                refresh(caseNo, task, false);
            }
            case TaskListener.EVENTNAME_DELETE -> {
                steps.ended(task.getId(), false);
                refresh(caseNo, task, false);
            }
            default -> {
            }
        }
    }

    /** The newest open task is the current step; the case is overdue while any open task is past its due instant. */
    private void refresh(String caseNo, DelegateTask changed, boolean stillOpen) {
        // within one engine command, queries neither see a task created in it nor miss one ended in it:
        // take the changed task from the event and remember which tasks this transaction ended
        Set<String> ended = endedInThisTransaction();
        if (!stillOpen) {
            ended.add(changed.getId());
        }
        List<Step> open = new ArrayList<>(taskService.createTaskQuery().processInstanceId(changed.getProcessInstanceId()).list().stream()
                .filter(t -> !t.getId().equals(changed.getId()) && !ended.contains(t.getId()))
                .map(t -> new Step(t.getTaskDefinitionKey(), t.getDueDate(), t.getCreateTime()))
                .toList());
        Optional<Step> current = open.stream().max(Comparator.comparing(Step::created));
        if (stillOpen) {
            Step step = new Step(changed.getTaskDefinitionKey(), changed.getDueDate(), changed.getCreateTime());
            open.add(step);
            if (TaskListener.EVENTNAME_CREATE.equals(changed.getEventName()) || current.isEmpty()
                    || !step.created().before(current.get().created())) {
                current = Optional.of(step);
            }
        }
        Instant now = clock.instant();
        boolean overdue = open.stream().anyMatch(t -> t.due() != null && t.due().toInstant().isBefore(now));
        caseFiles.showCurrentStep(caseNo,
                current.map(Step::key).orElse(null),
                current.map(Step::due).map(Date::toInstant).orElse(null),
                overdue);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> endedInThisTransaction() {
        Set<String> ended = (Set<String>) TransactionSynchronizationManager.getResource(ENDED_TASKS);
        if (ended == null) {
            ended = new HashSet<>();
            TransactionSynchronizationManager.bindResource(ENDED_TASKS, ended);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ENDED_TASKS);
                }
            });
        }
        return ended;
    }

    private record Step(String key, Date due, Date created) {
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
