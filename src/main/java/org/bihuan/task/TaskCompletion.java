package org.bihuan.task;

import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completing a user task of any lifecycle: the task's form is the contract. A submission is validated
 * against the form and the lifecycle's rules, kept whole in the case file (long texts stay there), put on
 * the timeline, and only its small typed values go to the engine. All in one transaction with the engine.
 */
@Service
@Transactional
public class TaskCompletion {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final FormSchemas formSchemas;
    private final FormCompletions completions;
    private final Users users;

    TaskCompletion(TaskService taskService, RuntimeService runtimeService, HistoryService historyService, FormSchemas formSchemas,
                   FormCompletions completions, Users users) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.formSchemas = formSchemas;
        this.completions = completions;
        this.users = users;
    }

    /** The open tasks a user may work on: assigned to them, or offered to one of their groups. */
    @Transactional(readOnly = true)
    public List<OpenTask> tasksOf(AppUser user, String caseNo) {
        List<String> groups = users.camundaGroupsOf(user.username());
        var query = taskService.createTaskQuery().initializeFormKeys().or()
                .taskAssignee(user.username())
                .taskCandidateGroupIn(groups.isEmpty() ? List.of("-none-") : groups)
                .includeAssignedTasks()
                .endOr();
        if (caseNo != null) {
            query.processInstanceBusinessKey(caseNo);
        }
        List<Task> tasks = query.orderByTaskCreateTime().desc().listPage(0, 500);
        return openTasks(tasks);
    }

    /** A task the user may act on; someone else's task is "not found", a finished one is a conflict. */
    @Transactional(readOnly = true)
    public OpenTask taskFor(AppUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (done != null && done.getEndTime() != null && mayHaveActedOn(user, done)) {
                throw new ConflictException("task " + taskId + " is already done");
            }
            throw new NotFoundException("no open task " + taskId);
        }
        if (!reaches(user, task)) {
            throw new NotFoundException("no open task " + taskId);
        }
        return openTasks(List.of(task)).get(0);
    }

    public void claim(AppUser user, String taskId) {
        OpenTask task = taskFor(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("task " + taskId + " is already claimed by " + task.assignee());
        }
        SelfAssignment.by(user.username(), () -> taskService.setAssignee(taskId, user.username()));
    }

    public Map<String, Object> formValues(AppUser user, String taskId) {
        OpenTask task = taskFor(user, taskId);
        FormSchema schema = formSchemas.get(task.formId());
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> variables = taskService.getVariables(taskId,
                schema.fields().stream().map(FormField::key).toList());
        variables.forEach((k, v) -> {
            if (v != null) {
                values.put(k, FormCompletions.plain(v));
            }
        });
        return values;
    }

    /** The options the task's data choices offer, by their form's {@code valuesKey}. */
    public Map<String, List<ChoiceOption>> formOptions(AppUser user, String taskId) {
        return completions.options(taskFor(user, taskId));
    }

    /**
     * The options another form ({@code formId}, e.g. {@code assign}) offers on the case of a task the user may act on,
     * before that form's task exists: for a batch that completes this step and then the next in one go (立案, then 交办),
     * so that the next step's choices are the same the task form offers once it is there.
     */
    public Map<String, List<ChoiceOption>> formOptions(AppUser user, String taskId, String formId) {
        OpenTask task = taskFor(user, taskId);
        if (!completions.hasForm(formId)) {
            throw new NotFoundException("no form " + formId);
        }
        return completions.options(new OpenTask(null, formId, formId, null, task.caseType(), task.caseNo(),
                task.processInstanceId(), task.processDefinitionKey(), null, null, null));
    }

    public void complete(AppUser user, String taskId, Map<String, Object> submitted) {
        OpenTask task = taskFor(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("task " + taskId + " is claimed by " + task.assignee());
        }
        FormSchema schema = formSchemas.get(task.formId());
        Validation validation = completions.check(task, submitted == null ? Map.of() : submitted);
        if (!validation.valid()) {
            throw new InvalidRequestException(validation.errors().stream().map(e -> new Violation(e.field(), e.message())).toList());
        }
        Map<String, Object> values = validation.values();
        completions.record(task, user.username(), values);
        if (task.assignee() == null) {
            SelfAssignment.by(user.username(), () -> taskService.setAssignee(taskId, user.username()));
        }
        completions.completeChecked(taskId, () -> taskService.complete(taskId, FormCompletions.engineVariables(schema, values)));
    }

    /** Completes the user's open task of that key on the case (demo data, fixtures, case-level endpoints). */
    public void completeAs(AppUser user, String caseNo, String taskKey, Map<String, Object> submitted) {
        OpenTask task = tasksOf(user, caseNo).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new ConflictException("case " + caseNo + " has no open " + taskKey + " task for " + user.username()));
        complete(user, task.id(), submitted);
    }

    private boolean reaches(AppUser user, Task task) {
        if (user.username().equals(task.getAssignee())) {
            return true;
        }
        Set<String> groups = Set.copyOf(users.camundaGroupsOf(user.username()));
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
    }

    private boolean mayHaveActedOn(AppUser user, HistoricTaskInstance done) {
        if (user.username().equals(done.getAssignee())) {
            return true;
        }
        Set<String> groups = Set.copyOf(users.camundaGroupsOf(user.username()));
        return historyService.createHistoricIdentityLinkLogQuery().taskId(done.getId()).list().stream()
                .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    List<OpenTask> openTasks(List<Task> tasks) {
        Set<String> processIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = processIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(processIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        return tasks.stream().map(t -> completions.describe(t.getId(), t.getTaskDefinitionKey(),
                        t.getCamundaFormRef() == null ? t.getTaskDefinitionKey() : t.getCamundaFormRef().getKey(), t.getName(),
                        emptyToNull(businessKeys.get(t.getProcessInstanceId())), t.getProcessInstanceId(),
                        t.getProcessDefinitionId(), t.getCreateTime(), t.getDueDate(), t.getAssignee()))
                .toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
