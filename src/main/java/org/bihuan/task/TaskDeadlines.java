package org.bihuan.task;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;

/**
 * Moves the due date of a process instance's open tasks (an approved extension). Changing the task is
 * enough: the deadline watch and the case file follow the task's due date.
 */
@Component
public class TaskDeadlines {

    private final TaskService taskService;

    TaskDeadlines(TaskService taskService) {
        this.taskService = taskService;
    }

    public void move(String processInstanceId, Collection<String> taskKeys, Instant due) {
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).list()) {
            task.setDueDate(Date.from(due));
            taskService.saveTask(task);
        }
    }
}
