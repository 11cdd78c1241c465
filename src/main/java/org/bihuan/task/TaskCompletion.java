package org.bihuan.task;

import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
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
    private final CaseFiles caseFiles;
    private final Users users;
    private final List<TaskCompletionRule> rules;

    TaskCompletion(TaskService taskService, RuntimeService runtimeService, HistoryService historyService, FormSchemas formSchemas,
                   CaseFiles caseFiles, Users users, List<TaskCompletionRule> rules) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.formSchemas = formSchemas;
        this.caseFiles = caseFiles;
        this.users = users;
        this.rules = rules;
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
        taskService.setAssignee(taskId, user.username());
    }

    public Map<String, Object> formValues(AppUser user, String taskId) {
        OpenTask task = taskFor(user, taskId);
        FormSchema schema = formSchemas.get(task.formId());
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> variables = taskService.getVariables(taskId,
                schema.fields().stream().map(FormField::key).toList());
        variables.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return values;
    }

    public void complete(AppUser user, String taskId, Map<String, Object> submitted) {
        OpenTask task = taskFor(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("task " + taskId + " is claimed by " + task.assignee());
        }
        FormSchema schema = formSchemas.get(task.formId());
        Validation validation = schema.validate(submitted == null ? Map.of() : submitted);
        List<FieldError> errors = new ArrayList<>(validation.errors());
        if (errors.isEmpty()) {
            rules.stream().filter(r -> r.appliesTo(task)).forEach(r -> errors.addAll(r.check(task, validation.values())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.stream().map(e -> new Violation(e.field(), e.message())).toList());
        }
        Map<String, Object> values = validation.values();
        caseFiles.saveSubmission(task.caseNo(), taskId, task.taskKey(), user.username(), values);
        caseFiles.record(task.caseNo(), task.taskKey(), user.username(), summary(schema, values));
        if (task.assignee() == null) {
            taskService.setAssignee(taskId, user.username());
        }
        taskService.complete(taskId, engineVariables(schema, values));
    }

    /** Completes the user's open task of that key on the case (demo data, fixtures, case-level endpoints). */
    public void completeAs(AppUser user, String caseNo, String taskKey, Map<String, Object> submitted) {
        OpenTask task = tasksOf(user, caseNo).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new ConflictException("case " + caseNo + " has no open " + taskKey + " task for " + user.username()));
        complete(user, task.id(), submitted);
    }

    /** "决定：REJECT；理由：…" in the form's own labels, for the timeline. */
    private static String summary(FormSchema schema, Map<String, Object> values) {
        return schema.fields().stream()
                .filter(f -> values.get(f.key()) != null)
                .map(f -> f.label() + "：" + schema.display(f.key(), values.get(f.key())))
                .collect(Collectors.joining("；"));
    }

    /** Long texts stay in the case file; the engine gets small values of types it stores natively. */
    private static Map<String, Object> engineVariables(FormSchema schema, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (schema.isLongText(key) || value == null) {
                return;
            }
            Object engineValue = value;
            if (value instanceof BigDecimal number) {
                engineValue = number.toPlainString();
            } else if (value instanceof LocalDate date) {
                engineValue = date.toString();
            } else if (value instanceof OffsetDateTime dateTime) {
                engineValue = Date.from(dateTime.toInstant());
            }
            variables.put(key, engineValue);
        });
        return variables;
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

    private List<OpenTask> openTasks(List<Task> tasks) {
        Set<String> processIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = processIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(processIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        return tasks.stream().map(t -> {
                    String caseNo = emptyToNull(businessKeys.get(t.getProcessInstanceId()));
                    String processKey = t.getProcessDefinitionId().substring(0, t.getProcessDefinitionId().indexOf(':'));
                    // a supervision task (deadline watch) belongs to the case it watches
                    String caseType = CaseType.ofProcess(processKey)
                            .or(() -> caseNo == null ? java.util.Optional.empty() : caseFiles.find(caseNo).map(CaseFile::caseType))
                            .map(Enum::name).orElse(null);
                    String formId = t.getCamundaFormRef() == null ? t.getTaskDefinitionKey() : t.getCamundaFormRef().getKey();
                    return new OpenTask(t.getId(), t.getTaskDefinitionKey(), formId, t.getName(), caseType, caseNo, t.getProcessInstanceId(),
                            processKey, t.getCreateTime().toInstant(),
                            t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee());
                })
                .toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
