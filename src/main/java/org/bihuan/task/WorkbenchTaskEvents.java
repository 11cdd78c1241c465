package org.bihuan.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The workbench's part of every user task's life (see {@link FormEnginePlugin}): a task given to an absent official
 * goes to their stand-in; a task that ends takes its form drafts with it.
 */
@Component
class WorkbenchTaskEvents {

    private final Absences absences;
    private final TaskDrafts drafts;

    WorkbenchTaskEvents(Absences absences, TaskDrafts drafts) {
        this.absences = absences;
        this.drafts = drafts;
    }

    void on(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT -> absences.onAssignment(task);
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> drafts.taskEnded(task.getId());
            default -> {
            }
        }
    }

    static List<String> events() {
        return List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE,
                TaskListener.EVENTNAME_DELETE);
    }
}
