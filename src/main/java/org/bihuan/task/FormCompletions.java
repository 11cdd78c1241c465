package org.bihuan.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one check of a task completion, whichever door it comes through (our API, Tasklist, the engine's REST
 * API, {@code TaskService.complete}): the task's form with the options offered to the task, then the
 * lifecycle's rules. Also what a completion leaves behind: the submission in the case file, a line on the
 * timeline, and the engine's copy of the small values.
 */
@Component
class FormCompletions {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set by our API around its engine call: its completion was checked before the engine saw it. */
    private static final ThreadLocal<String> CHECKED_TASK = new ThreadLocal<>();

    private final FormSchemas formSchemas;
    private final CaseFiles caseFiles;
    private final List<TaskCompletionRule> rules;
    private final Map<String, ChoiceOptions> optionsByKey;

    FormCompletions(FormSchemas formSchemas, CaseFiles caseFiles, List<TaskCompletionRule> rules, List<ChoiceOptions> options) {
        this.formSchemas = formSchemas;
        this.caseFiles = caseFiles;
        this.rules = rules;
        this.optionsByKey = options.stream().collect(Collectors.toMap(ChoiceOptions::valuesKey, Function.identity()));
        // a form that offers options nobody provides would refuse every completion: fail at start instead
        for (String formId : formSchemas.ids()) {
            for (String valuesKey : formSchemas.get(formId).valuesKeys()) {
                if (!optionsByKey.containsKey(valuesKey)) {
                    throw new IllegalStateException("form '" + formId + "' takes its options from '" + valuesKey
                            + "', which no " + ChoiceOptions.class.getSimpleName() + " provides");
                }
            }
        }
    }

    boolean hasForm(String formId) {
        return formSchemas.ids().contains(formId);
    }

    FormSchema schema(OpenTask task) {
        return formSchemas.get(task.formId());
    }

    /** The form's errors and, once the form is satisfied, the lifecycle's; the values typed by the form. */
    Validation check(OpenTask task, Map<String, ?> submitted) {
        Map<String, List<String>> offered = new LinkedHashMap<>();
        options(task).forEach((key, options) -> offered.put(key, options.stream().map(ChoiceOption::value).toList()));
        Validation validation = schema(task).validate(submitted, offered);
        if (!validation.valid()) {
            return validation;
        }
        List<FieldError> errors = new ArrayList<>();
        rules.stream().filter(rule -> rule.appliesTo(task)).forEach(rule -> errors.addAll(rule.check(task, validation.values())));
        return new Validation(errors, validation.values());
    }

    /** The options of every choice field of the task's form that is fed through {@code valuesKey}. */
    Map<String, List<ChoiceOption>> options(OpenTask task) {
        Map<String, List<ChoiceOption>> options = new LinkedHashMap<>();
        schema(task).valuesKeys().forEach(key -> options.put(key, optionsByKey.get(key).offeredFor(task)));
        return options;
    }

    /** The whole submission (long texts included) in the case file and a summary on its timeline. */
    void record(OpenTask task, String actor, Map<String, Object> values) {
        if (task.caseNo() == null) {
            return;
        }
        caseFiles.saveSubmission(task.caseNo(), task.id(), task.taskKey(), actor, values);
        caseFiles.record(task.caseNo(), task.taskKey(), actor, summary(schema(task), values));
    }

    /** Runs our API's engine call; the engine's own check then knows this completion was checked already. */
    void completeChecked(String taskId, Runnable completion) {
        CHECKED_TASK.set(taskId);
        try {
            completion.run();
        } finally {
            CHECKED_TASK.remove();
        }
    }

    static boolean alreadyChecked(String taskId) {
        return taskId.equals(CHECKED_TASK.get());
    }

    /** The case a task belongs to; a supervision task (deadline watch, 督办) belongs to the case it watches. */
    OpenTask describe(String id, String taskKey, String formId, String name, String caseNo, String processInstanceId,
                      String processDefinitionId, Date created, Date due, String assignee) {
        String processKey = processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
        String caseType = CaseType.ofProcess(processKey)
                .or(() -> caseNo == null ? java.util.Optional.empty() : caseFiles.find(caseNo).map(CaseFile::caseType))
                .map(Enum::name).orElse(null);
        return new OpenTask(id, taskKey, formId, name, caseType, caseNo, processInstanceId, processKey,
                created.toInstant(), due == null ? null : due.toInstant(), assignee);
    }

    /** Long texts stay in the case file; the engine gets small values of types it stores natively, lists as JSON. */
    static Map<String, Object> engineVariables(FormSchema schema, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!schema.isLongText(key) && value != null) {
                variables.put(key, engineValue(value));
            }
        });
        return variables;
    }

    private static Object engineValue(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return Date.from(dateTime.toInstant());
        }
        if (value instanceof List<?> list) {
            return json(list);
        }
        return value;
    }

    /** A Spin JSON variable, the type Tasklist's form-js reads lists and options from. */
    static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", notJson);
        }
    }

    /**
     * An engine variable as a submitted value: JSON (what Tasklist submits for a list) as Java lists, maps and
     * scalars, a date as an instant with offset; everything else as it is.
     */
    static Object plain(Object engineValue) {
        if (engineValue instanceof SpinJsonNode node) {
            try {
                return JSON.readValue(node.toString(), Object.class);
            } catch (JsonProcessingException notJson) {
                throw new IllegalStateException("a JSON variable is not JSON", notJson);
            }
        }
        if (engineValue instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        return engineValue;
    }

    /** "决定：REJECT；理由：…" in the form's own labels, for the timeline. */
    private static String summary(FormSchema schema, Map<String, Object> values) {
        return schema.fields().stream()
                .filter(f -> values.get(f.key()) != null)
                .map(f -> f.label() + "：" + schema.display(f.key(), values.get(f.key())))
                .collect(Collectors.joining("；"));
    }
}
