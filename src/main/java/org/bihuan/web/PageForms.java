package org.bihuan.web;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the server's verdict on a form into {@link FormErrors} in the page's language. The rules are the API's
 * (the same services and records): a domain {@link InvalidRequestException}, or Bean Validation and type
 * conversion errors of a bound form ({@link BindingResult}).
 * <p>
 * Message of a violation: the bundle's {@code violation.<message as a key>} if it has one (the English message in
 * lower case, every run of other characters turned into one dash: "must not be blank" → {@code
 * violation.must-not-be-blank}); otherwise the message as the rule gave it. A binding error is first looked up by
 * Spring's codes ({@code typeMismatch.year}, {@code typeMismatch}, {@code NotBlank}, …).
 */
@Component
public class PageForms {

    private final MessageSource messages;

    PageForms(MessageSource messages) {
        this.messages = messages;
    }

    public FormErrors errors(InvalidRequestException rejected) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation violation : rejected.violations()) {
            byField.computeIfAbsent(violation.field(), f -> new ArrayList<>()).add(translate(violation.message()));
        }
        return FormErrors.of(byField);
    }

    public FormErrors errors(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : error.getObjectName();
            String fallback = error.getDefaultMessage() == null ? "" : translate(error.getDefaultMessage());
            String message = messages.getMessage(new WithoutArguments(error), locale);
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message.isEmpty() ? fallback : message);
        }
        return FormErrors.of(byField);
    }

    /** The page's words for a rule's message, or the message itself when the bundles have none. */
    public String translate(String message) {
        return messages.getMessage(key(message), null, message, LocaleContextHolder.getLocale());
    }

    static String key(String message) {
        String words = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "violation." + words;
    }

    /**
     * The error's codes with an empty default: Spring would otherwise format the validator's arguments (the
     * field's resolvable name, the constraint's attributes) into our messages, which name no arguments.
     */
    private record WithoutArguments(ObjectError error) implements org.springframework.context.MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return error.getCodes();
        }

        @Override
        public String getDefaultMessage() {
            return "";
        }
    }
}
