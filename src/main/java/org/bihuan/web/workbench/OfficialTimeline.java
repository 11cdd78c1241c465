package org.bihuan.web.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.task.StepForms;
import org.bihuan.web.PageLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A case's history as an official reads it, in the page's language: what happened (by its label, never its code),
 * who did it, and for a completed step what was decided, field by field in the form's words (the submission the case
 * file keeps). The notes the system wrote on other entries are in the office's language (Chinese); the English page
 * leaves them out, except those that are data (a file's name).
 */
@Component
class OfficialTimeline {

    /** Entries whose note is what someone gave, not the system's words. */
    private static final List<String> DATA_NOTES = List.of("ATTACHMENT", "PROMISE_RECEIVED");
    private static final java.util.regex.Pattern UNIT_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    private final CaseFiles caseFiles;
    private final StepForms stepForms;
    private final TaskForms taskForms;
    private final Users users;
    private final PageLabels labels;
    private final WorkbenchWords words;
    private final MessageSource messages;

    OfficialTimeline(CaseFiles caseFiles, StepForms stepForms, TaskForms taskForms, Users users, PageLabels labels,
                     WorkbenchWords words, MessageSource messages) {
        this.words = words;
        this.caseFiles = caseFiles;
        this.stepForms = stepForms;
        this.taskForms = taskForms;
        this.users = users;
        this.labels = labels;
        this.messages = messages;
    }

    /** One line of the history. {@code fields}: a completed step's answers; {@code note}: the entry's own words, or null. */
    record Entry(Instant at, String what, String who, List<Field> fields, String note) {
    }

    /** One answer of a completed step: the field's label and the value as people read it. */
    record Field(String label, String value) {
    }

    List<Entry> of(CaseType caseType, String caseNo, List<TimelineEvent> timeline) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, Optional<String>> formsByStep = new HashMap<>();
        Map<String, Iterator<CaseFiles.Submission>> submissions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (TimelineEvent event : timeline) {
            String type = event.type();
            String who = event.actor() == null || CaseFiles.SYSTEM.equals(event.actor()) ? null
                    : names.computeIfAbsent(event.actor(), a -> users.find(a).map(AppUser::displayName).orElse(a));
            Optional<String> form = "STATUS".equals(type) ? Optional.empty()
                    : formsByStep.computeIfAbsent(type, step -> stepForms.formOf(caseType, step));
            if ("STATUS".equals(type)) {
                entries.add(new Entry(event.at(), labels.message("timeline.STATUS", labels.status(caseType.name(), event.note())), who,
                        List.of(), null));
            } else if (form.isPresent()) {
                Iterator<CaseFiles.Submission> next = submissions.computeIfAbsent(type,
                        step -> caseFiles.submissions(caseNo, step).iterator());
                List<Field> fields = next.hasNext() ? fields(form.get(), next.next().data()) : List.of();
                entries.add(new Entry(event.at(), labels.message("timeline.step", words.step(caseType.name(), type, type)),
                        who, fields, fields.isEmpty() && chinese ? event.note() : null));
            } else {
                String what = what(caseType, type);
                String note = event.note() == null || event.note().isBlank() || event.note().strip().equals(what) ? null
                        : chinese || DATA_NOTES.contains(type) ? event.note() : null;
                entries.add(new Entry(event.at(), what, who, List.of(), note));
            }
        }
        return entries;
    }

    /** A reply's or a rating's answers (a step's submission) in the words of the form the step is completed with. */
    List<Field> answers(CaseType caseType, String step, Map<String, Object> data) {
        return stepForms.formOf(caseType, step).map(form -> fields(form, data)).orElse(List.of());
    }

    /** The office's label of an entry: the workbench's own, the case type's, the shared one, else "handling note". */
    private String what(CaseType caseType, String type) {
        Locale locale = LocaleContextHolder.getLocale();
        for (String key : List.of("workbench.timeline." + type, "timeline." + caseType.name() + "." + type, "timeline." + type)) {
            String label = messages.getMessage(key, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return labels.message("timeline.other");
    }

    /** A submission's answers in the order of the form, each by its label in the page's language. */
    private List<Field> fields(String formId, Map<String, Object> data) {
        JsonNode schema = taskForms.localized(formId);
        List<Field> fields = new ArrayList<>();
        for (JsonNode component : TaskForms.components(schema)) {
            String key = component.path("key").asText(null);
            Object value = key == null ? null : data.get(key);
            if (value == null || value.toString().isBlank() || value instanceof Collection<?> list && list.isEmpty()) {
                continue;
            }
            String label = component.path("label").asText(component.path("dateLabel").asText(key));
            Map<String, String> options = new LinkedHashMap<>();
            component.path("values").forEach(o -> options.put(o.path("value").asText(), o.path("label").asText()));
            fields.add(new Field(label, value(value, options)));
        }
        return fields;
    }

    private String value(Object value, Map<String, String> options) {
        if (value instanceof Boolean yes) {
            return labels.message(yes ? "workbench.yes" : "workbench.no");
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> value(v, options)).collect(Collectors.joining(labels.message("workbench.listSeparator")));
        }
        String text = value.toString();
        if (options.containsKey(text)) {
            return options.get(text);
        }
        // a data choice of units (转办, 交办) is kept as the unit's code: show the unit it names
        return UNIT_CODE.matcher(text).matches() ? users.unit(text).map(Unit::name).orElse(text) : text;
    }
}
