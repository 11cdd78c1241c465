package org.bihuan.task;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's side of form-driven completion, for every user task (see {@link FormEnginePlugin}): a new
 * task gets the options of its form's data choices as local variables (what Tasklist's form-js reads through
 * {@code valuesKey}); a completion that did not come through our API is checked against the form and the
 * lifecycle's rules and, if it passes, recorded in the case file like one that did.
 */
@Component
class EngineFormCheck {

    private final FormCompletions completions;

    EngineFormCheck(FormCompletions completions) {
        this.completions = completions;
    }

    void on(DelegateTask task) {
        if (!completions.hasForm(formId(task))) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> offerOptions(task);
            case TaskListener.EVENTNAME_COMPLETE -> {
                if (!FormCompletions.alreadyChecked(task.getId())) {
                    check(task);
                }
            }
            default -> {
            }
        }
    }

    private void offerOptions(DelegateTask delegate) {
        completions.options(describe(delegate)).forEach((key, options) ->
                delegate.setVariableLocal(key, FormCompletions.json(options.stream()
                        .map(option -> Map.of("label", option.label(), "value", option.value())).toList())));
    }

    /**
     * The submitted values are the variables of the form's keys as the task sees them: Tasklist and
     * {@code TaskService.complete} put them there just before the completion.
     */
    private void check(DelegateTask delegate) {
        OpenTask task = describe(delegate);
        FormSchema schema = completions.schema(task);
        Map<String, Object> submitted = new HashMap<>();
        for (FormField field : schema.fields()) {
            Object value = FormCompletions.plain(delegate.getVariable(field.key()));
            if (value != null) {
                submitted.put(field.key(), value);
            }
        }
        Validation validation = completions.check(task, submitted);
        if (!validation.valid()) {
            throw new CompletionRejectedException(task.taskKey(), validation.errors());
        }
        completions.record(task, actor(delegate), validation.values());
        // the engine keeps what our API would have given it: no long text (it is in the case file now, and a
        // later form with the same key must not find it there), the small values in the API's types
        for (FormField field : schema.fields()) {
            if (field.longText()) {
                delegate.removeVariable(field.key());
            }
        }
        FormCompletions.engineVariables(schema, validation.values()).forEach(delegate::setVariable);
    }

    private OpenTask describe(DelegateTask task) {
        return completions.describe(task.getId(), task.getTaskDefinitionKey(), formId(task), task.getName(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                task.getProcessInstanceId(), task.getProcessDefinitionId(), task.getCreateTime(), task.getDueDate(),
                task.getAssignee());
    }

    /** The task's camunda:formRef, or its key, as our API finds the form. */
    private static String formId(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        return userTask != null && userTask.getCamundaFormRef() != null ? userTask.getCamundaFormRef() : task.getTaskDefinitionKey();
    }

    /** Who completed it in Tasklist or the engine's REST API; the assignee or the system otherwise. */
    private static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : CaseFiles.SYSTEM;
    }

    static List<String> events() {
        return List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
    }
}
