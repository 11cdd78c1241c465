package org.bihuan.web.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.identity.AppUser;
import org.bihuan.task.ChoiceOption;
import org.bihuan.task.FormSchemas;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletion;
import org.bihuan.task.TaskDraft;
import org.bihuan.task.TaskDrafts;
import org.bihuan.web.PageLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's form as the task page's form-js viewer gets it: the same {@code forms/<formRef>.form} schema Tasklist
 * renders, with its words in the page's language; the values the process gave the task, with the user's draft over
 * them; and the options of its data choices under their {@code valuesKey} (as Tasklist reads them from variables), the
 * option the process prefilled (the routing table's unit) labelled as the suggestion.
 *
 * <p>The words of a component are the bundles' {@code workbench.form.<component id>.<label|description|text|dateLabel|
 * timeLabel>} and, for an option, {@code choice.<form>.<key>.<value>}; the schema's own Chinese is the fallback
 * ({@code WorkbenchFormWordsTest} keeps every one of them in both bundles).
 */
@Component
class TaskForms {

    /** The properties of a form component that people read. */
    static final List<String> WORDS = List.of("label", "description", "text", "dateLabel", "timeLabel");

    private final TaskCompletion tasks;
    private final TaskDrafts drafts;
    private final FormSchemas schemas;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final PageLabels labels;

    TaskForms(TaskCompletion tasks, TaskDrafts drafts, FormSchemas schemas, ObjectMapper json, MessageSource messages, PageLabels labels) {
        this.tasks = tasks;
        this.drafts = drafts;
        this.schemas = schemas;
        this.json = json;
        this.messages = messages;
        this.labels = labels;
    }

    /**
     * @param data          what form-js opens the form with: the task's values, the draft's over them, the options by valuesKey
     * @param draftSavedAt  when the user's draft was saved, null when there is none
     * @param suggestions   the options the process preselected (field key and option), shown as suggestions
     */
    record FormView(JsonNode schema, Map<String, Object> data, Instant draftSavedAt, List<Suggestion> suggestions) {
    }

    /** A choice the process prefilled: the field's key, the option's value and its label (without the mark). */
    record Suggestion(String field, String value, String label) {
    }

    FormView view(AppUser user, OpenTask task, boolean withDraft) {
        JsonNode schema = localized(task.formId());
        Map<String, Object> prefilled = tasks.formValues(user, task.id());
        Map<String, List<ChoiceOption>> options = tasks.formOptions(user, task.id());
        List<Suggestion> suggestions = new ArrayList<>();
        Map<String, List<Map<String, String>>> offered = new LinkedHashMap<>();
        options.forEach((valuesKey, choices) -> {
            List<String> suggested = new ArrayList<>();
            for (JsonNode component : components(schema)) {
                if (valuesKey.equals(component.path("valuesKey").asText(null)) && component.hasNonNull("key")
                        && prefilled.get(component.get("key").asText()) instanceof String value) {
                    choices.stream().filter(c -> c.value().equals(value)).findFirst().ifPresent(choice -> {
                        suggestions.add(new Suggestion(component.get("key").asText(), value, choice.label()));
                        suggested.add(value);
                    });
                }
            }
            offered.put(valuesKey, choices.stream().map(c -> Map.of("value", c.value(), "label",
                    suggested.contains(c.value()) ? labels.message("workbench.task.suggested", c.label()) : c.label())).toList());
        });
        Map<String, Object> data = new LinkedHashMap<>(prefilled);
        Optional<TaskDraft> draft = withDraft ? drafts.find(user, task.id()) : Optional.empty();
        draft.ifPresent(d -> data.putAll(d.values()));
        data.putAll(offered);
        return new FormView(schema, data, draft.map(TaskDraft::savedAt).orElse(null), suggestions);
    }

    /** The form's schema with its words in the page's language. */
    JsonNode localized(String formId) {
        try {
            JsonNode schema = json.readTree(schemas.json(formId));
            for (JsonNode component : components(schema)) {
                ObjectNode node = (ObjectNode) component;
                String id = node.path("id").asText();
                for (String property : WORDS) {
                    if (node.hasNonNull(property) && node.get(property).isTextual()) {
                        node.put(property, messages.getMessage(key(id, property), null, node.get(property).asText(),
                                LocaleContextHolder.getLocale()));
                    }
                }
                if (node.path("values").isArray() && node.hasNonNull("key")) {
                    for (JsonNode option : node.get("values")) {
                        ((ObjectNode) option).put("label", messages.getMessage("choice." + formId + "." + node.get("key").asText()
                                + "." + option.path("value").asText(), null, option.path("label").asText(), LocaleContextHolder.getLocale()));
                    }
                }
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String componentId, String property) {
        return "workbench.form." + componentId + "." + property;
    }

    /** Every component of a schema, nested ones (groups) included. */
    static List<JsonNode> components(JsonNode schema) {
        List<JsonNode> all = new ArrayList<>();
        collect(schema.path("components"), all);
        return all;
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
        if (components instanceof ArrayNode list) {
            for (JsonNode component : list) {
                all.add(component);
                collect(component.path("components"), all);
            }
        }
    }
}
