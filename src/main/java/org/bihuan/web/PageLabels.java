package org.bihuan.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Codes shown by their label in the page's language, for templates as {@code ${@labels.status('COMPLAINT', c.status)}}.
 * Keys in the bundles: {@code status.<CASE_TYPE>.<STATUS>}, {@code step.<CASE_TYPE>.<taskKey>}, and
 * {@code <group>.<CODE>} for the other vocabularies (role, unitKind, sizeClass, respondentType, proposalType,
 * outcome, satisfaction, replyClass, consultMethod) and {@code choice.<form>.<field>.<value>} for a form's
 * options. A code without a label shows as itself; {@code PageLabelsCoverageTest} keeps that from happening for
 * the models' statuses and steps and the forms' options.
 */
@Component("labels")
public class PageLabels {

    private final MessageSource messages;
    private final ZoneId zone;

    PageLabels(MessageSource messages, @Value("${bihuan.calendar.zone:Asia/Shanghai}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String status(String caseType, String status) {
        return of("status." + caseType, status);
    }

    /** A step is a user task of the case type's model, by its key ({@code acceptReview}). */
    public String step(String caseType, String taskKey) {
        return of("step." + caseType, taskKey);
    }

    /** The option of a form's choice field, e.g. {@code choice('acceptReview', 'decision', 'ACCEPT')}. */
    public String choice(String form, String field, String value) {
        return of("choice." + form + "." + field, value);
    }

    /** The label of {@code <group>.<code>}, e.g. {@code of('sizeClass', 'SMALL')}; blank for no code. */
    public String of(String group, Object code) {
        if (code == null || code.toString().isBlank()) {
            return "";
        }
        String value = code instanceof Enum<?> e ? e.name() : code.toString();
        return messages.getMessage(group + "." + value, null, value, LocaleContextHolder.getLocale());
    }

    /** The text of a message key in the page's language. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The options of a choice, after an empty one labelled by the message key ("all years", "choose …"). */
    public List<Option> withBlank(String blankKey, List<Option> options) {
        List<Option> all = new ArrayList<>();
        all.add(new Option("", message(blankKey)));
        all.addAll(options);
        return all;
    }

    /** Options for codes of one vocabulary, each labelled by {@code <group>.<code>}. */
    public List<Option> options(String group, List<String> codes) {
        return codes.stream().map(code -> new Option(code, of(group, code))).toList();
    }

    /** A day as people in the office's time zone read it (the zone of the working-day calendar). */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(zone));
    }
}
