package org.bihuan.document;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the official documents, read once from {@code documents/templates.yaml}: per kind its name, number
 * series and format, issuer, title, addressee, body, signatory, seal, notes, 抄送 and the notice that announces it,
 * with {@code {param}} placeholders that the issuing step fills. A missing parameter fails the step, as a notice's does.
 */
@Component
public class DocumentTemplates {

    static final String LOCATION = "documents/templates.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Set<String> NUMBERING = Set.of("year", "seq");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Set<String> FIELDS = Set.of("name", "series", "number", "issuer", "title", "addressee", "body",
            "signatory", "sealed", "notes", "copyTo", "announce", "defaults", "optional", "omitWhenBlank");

    record Template(String kind, String name, String series, String number, String issuer, String title, String addressee,
                    List<String> body, String signatory, boolean sealed, List<String> notes, List<String> copyTo,
                    String announce, Map<String, String> defaults, Set<String> optional, Set<String> omitWhenBlank) {
    }

    /**
     * A document's texts with the step's data filled in, before it has its number.
     *
     * @param numberFormat the 发文字号 still holding {@code {year}} and {@code {seq}}
     * @param announce     the notification template that tells the addressee, or null
     */
    public record Composed(String kind, String name, String series, String numberFormat, String issuerMark, String title,
                           String addressee, List<String> paragraphs, String signatory, boolean sealed, List<String> notes,
                           List<String> copyTo, String announce) {

        /** The letter as printed, with its number and date. */
        Letter letter(String documentNo, LocalDate date) {
            return new Letter(issuerMark, title, documentNo, addressee, paragraphs, signatory, date, sealed, notes, copyTo);
        }
    }

    private final Map<String, String> values;
    private final Map<String, Template> templates;

    DocumentTemplates() {
        this(DocumentTemplates.class.getClassLoader().getResourceAsStream(LOCATION));
    }

    DocumentTemplates(InputStream yaml) {
        if (yaml == null) {
            throw new IllegalStateException(LOCATION + " is missing from the class path");
        }
        Map<?, ?> root;
        try (InputStream in = yaml) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalStateException(LOCATION + ": expected values and documents");
            }
            root = map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.values = Map.copyOf(strings(root.get("values"), "values"));
        Map<String, Template> parsed = new LinkedHashMap<>();
        if (!(root.get("documents") instanceof Map<?, ?> documents)) {
            throw new IllegalStateException(LOCATION + ": expected a map of documents");
        }
        documents.forEach((kind, definition) -> parsed.put(String.valueOf(kind), parse(String.valueOf(kind), definition)));
        this.templates = Map.copyOf(parsed);
    }

    public Set<String> kinds() {
        return new TreeSet<>(templates.keySet());
    }

    /** What a kind of document is called (受理通知书). */
    public String name(String kind) {
        return template(kind).name();
    }

    /** The document of this kind with the step's parameters filled in; fails naming every parameter it lacks. */
    public Composed compose(String kind, Map<String, ?> params) {
        Template t = template(kind);
        Map<String, String> all = new HashMap<>(values);
        t.defaults().forEach(all::put);
        params.forEach((name, value) -> {
            String text = format(value);
            if (text != null && !text.isBlank()) {
                all.put(name, text);
            } else if (t.optional().contains(name) || t.omitWhenBlank().contains(name)) {
                all.putIfAbsent(name, "");
            }
        });
        t.optional().forEach(name -> all.putIfAbsent(name, ""));
        t.omitWhenBlank().forEach(name -> all.putIfAbsent(name, ""));
        Set<String> missing = new TreeSet<>();
        List<String> texts = new ArrayList<>(List.of(t.series(), t.title(), t.signatory()));
        java.util.stream.Stream.of(t.issuer(), t.addressee()).filter(java.util.Objects::nonNull).forEach(texts::add);
        texts.addAll(t.body());
        texts.addAll(t.notes());
        texts.addAll(t.copyTo());
        for (String text : texts) {
            placeholders(text).stream().filter(name -> !all.containsKey(name)).forEach(missing::add);
        }
        // the number's {year} and {seq} come when it is taken
        placeholders(t.number()).stream().filter(name -> !all.containsKey(name) && !NUMBERING.contains(name)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Document " + kind + " lacks parameters " + missing);
        }
        List<String> paragraphs = t.body().stream()
                .filter(p -> placeholders(p).stream().noneMatch(name -> t.omitWhenBlank().contains(name) && all.get(name).isBlank()))
                .map(p -> fill(p, all))
                .toList();
        Map<String, String> numbering = new HashMap<>(all);
        numbering.put("year", "{year}");
        numbering.put("seq", "{seq}");
        return new Composed(kind, t.name(), fill(t.series(), all), fill(t.number(), numbering), fill(t.issuer(), all),
                fill(t.title(), all), fill(t.addressee(), all), paragraphs, fill(t.signatory(), all), t.sealed(),
                t.notes().stream().map(n -> fill(n, all)).toList(), t.copyTo().stream().map(c -> fill(c, all)).toList(),
                t.announce());
    }

    private Template template(String kind) {
        Template template = templates.get(kind);
        if (template == null) {
            throw new IllegalArgumentException("Unknown document kind " + kind + " (" + LOCATION + ")");
        }
        return template;
    }

    private static Template parse(String kind, Object definition) {
        if (!(definition instanceof Map<?, ?> fields)) {
            throw new IllegalStateException(LOCATION + ": document " + kind + " must be a map");
        }
        Set<String> unknown = new TreeSet<>();
        fields.keySet().forEach(key -> {
            if (!FIELDS.contains(String.valueOf(key))) {
                unknown.add(String.valueOf(key));
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(LOCATION + ": document " + kind + " has unknown fields " + unknown);
        }
        String number = text(kind, fields, "number", true);
        if (!number.contains("{seq}")) {
            throw new IllegalStateException(LOCATION + ": document " + kind + ": the number must contain {seq}");
        }
        String announce = text(kind, fields, "announce", false);
        return new Template(kind, text(kind, fields, "name", true), text(kind, fields, "series", true), number,
                text(kind, fields, "issuer", false), text(kind, fields, "title", true), text(kind, fields, "addressee", false),
                list(kind, fields.get("body"), "body", true), text(kind, fields, "signatory", true),
                Boolean.TRUE.equals(fields.get("sealed")), list(kind, fields.get("notes"), "notes", false),
                list(kind, fields.get("copyTo"), "copyTo", false), announce == null || announce.equals("none") ? null : announce,
                strings(fields.get("defaults"), kind + ".defaults"), Set.copyOf(list(kind, fields.get("optional"), "optional", false)),
                Set.copyOf(list(kind, fields.get("omitWhenBlank"), "omitWhenBlank", false)));
    }

    private static String text(String kind, Map<?, ?> fields, String field, boolean required) {
        Object value = fields.get(field);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException(LOCATION + ": document " + kind + ": " + field + " must be text");
        }
        return text.strip();
    }

    private static List<String> list(String kind, Object value, String field, boolean required) {
        if (value == null && !required) {
            return List.of();
        }
        if (!(value instanceof List<?> items) || items.isEmpty() && required) {
            throw new IllegalStateException(LOCATION + ": document " + kind + ": " + field + " must be a list of texts");
        }
        return items.stream().map(String::valueOf).map(String::strip).toList();
    }

    private static Map<String, String> strings(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(LOCATION + ": " + where + " must be a map of texts");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((k, v) -> strings.put(String.valueOf(k), String.valueOf(v).strip()));
        return strings;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One pass, so that a value which happens to contain braces is printed as it is. */
    static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return CHINESE_DATE.format(date);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return String.join("、", items.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
