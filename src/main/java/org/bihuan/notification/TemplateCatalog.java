package org.bihuan.notification;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message texts, read once from {@code notification/templates.yaml}: name → {subject, body}, with
 * {@code {param}} placeholders. Rendering happens when a step asks for a notification, so an unknown
 * template or a missing parameter fails that step instead of a delivery hours later.
 */
final class TemplateCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy'年'M'月'd'日'");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy'年'M'月'd'日' HH:mm");

    record Rendered(String template, String subject, String body) {
    }

    private record Template(String subject, String body) {
    }

    private final Map<String, Template> templates;
    /** deadlines are instants; people read them in the office's time zone */
    private final ZoneId zone;

    private TemplateCatalog(Map<String, Template> templates, ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    static TemplateCatalog parse(InputStream yaml, ZoneId zone) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new InputStreamReader(yaml, StandardCharsets.UTF_8));
        if (!(root instanceof Map<?, ?> entries)) {
            throw new IllegalStateException("Notification templates: expected a map of template names");
        }
        Map<String, Template> templates = new LinkedHashMap<>();
        entries.forEach((name, definition) -> {
            if (!(definition instanceof Map<?, ?> fields) || !fields.keySet().equals(Set.of("subject", "body"))) {
                throw new IllegalStateException("Notification template " + name + ": needs exactly subject and body");
            }
            String subject = requireText(name, fields.get("subject"), "subject");
            String body = requireText(name, fields.get("body"), "body");
            templates.put(String.valueOf(name), new Template(subject, body));
        });
        return new TemplateCatalog(Map.copyOf(templates), zone);
    }

    Set<String> names() {
        return new TreeSet<>(templates.keySet());
    }

    String subjectOf(String name) {
        return find(name).subject();
    }

    String bodyOf(String name) {
        return find(name).body();
    }

    Set<String> parametersOf(String name) {
        Template template = find(name);
        Set<String> parameters = new TreeSet<>();
        collectPlaceholders(template.subject(), parameters);
        collectPlaceholders(template.body(), parameters);
        return parameters;
    }

    Rendered render(String name, Map<String, ?> params) {
        Template template = find(name);
        Set<String> missing = new TreeSet<>();
        for (String parameter : parametersOf(name)) {
            if (params == null || params.get(parameter) == null) {
                missing.add(parameter);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Notification template " + name + " lacks parameters " + missing);
        }
        return new Rendered(name, fill(template.subject(), params), fill(template.body(), params));
    }

    private Template find(String name) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("Unknown notification template: " + name);
        }
        return template;
    }

    /** one pass, so a parameter value that happens to contain braces is left as it is */
    private String fill(String text, Map<String, ?> params) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(format(params.get(matcher.group(1)))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private String format(Object value) {
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(zone));
        }
        if (value instanceof Date date) {
            return DATE_TIME.format(date.toInstant().atZone(zone));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return DATE_TIME.format(dateTime.atZoneSameInstant(zone));
        }
        if (value instanceof ZonedDateTime dateTime) {
            return DATE_TIME.format(dateTime.withZoneSameInstant(zone));
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return String.valueOf(value);
    }

    private static void collectPlaceholders(String text, Set<String> into) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String requireText(Object name, Object value, String field) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("Notification template " + name + ": " + field + " must be text");
        }
        return text.strip();
    }
}
