package org.bihuan.task;

import org.bihuan.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;

/**
 * Moves the due date of a process instance's open tasks (an approved extension). Changing the task is
 * enough: the deadline watch and the case file follow the task's due date.
 */
@Component
public class TaskDeadlines {

    private final TaskService taskService;
    private final WorkingDayCalendar calendar;

    TaskDeadlines(TaskService taskService, WorkingDayCalendar calendar) {
        this.taskService = taskService;
        this.calendar = calendar;
    }

    public void move(String processInstanceId, Collection<String> taskKeys, Instant due) {
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).list()) {
            task.setDueDate(Date.from(due));
            taskService.saveTask(task);
        }
    }

    /**
     * Applies an extension decision taken in an {@code extension}-style form ({@code approve}, {@code newDeadline}):
     * approved, the deadline variable and the open tasks move to office closing time of the approved day.
     *
     * @return the new due instant, or empty when the extension was refused
     */
    public Optional<Instant> applyExtensionDecision(DelegateExecution execution, String dueVariable, Collection<String> taskKeys) {
        if (!Boolean.TRUE.equals(execution.getVariable("approve"))) {
            return Optional.empty();
        }
        Instant due = calendar.closingTime(LocalDate.parse((String) execution.getVariable("newDeadline")));
        execution.setVariable(dueVariable, Date.from(due));
        move(execution.getProcessInstanceId(), taskKeys, due);
        return Optional.of(due);
    }
}
