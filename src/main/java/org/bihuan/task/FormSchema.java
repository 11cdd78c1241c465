package org.bihuan.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The validation rules of one Camunda Form (form-js JSON), read from the same file that Tasklist
 * renders. A form that uses a feature the validator cannot enforce the way form-js does is refused
 * when it is parsed, so that the browser and the server never silently disagree.
 */
public final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Components that show something but submit nothing. */
    private static final Set<String> DISPLAY_TYPES = Set.of(
            "text", "html", "separator", "spacer", "image", "button", "table", "iframe", "documentPreview");
    /** A dot in a key would make form-js nest the value in an object, which the flat model here cannot hold. */
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> CHOICE_TYPES = Set.of("radio", "select", "checklist", "taglist");
    private static final Set<String> OFFSET_TIME_FORMATS = Set.of("utc_offset", "utc_normalized");

    private record Input(InputField field, List<HideCondition> hiddenWhen) {
    }

    private final String id;
    private final String json;
    private final List<Input> inputs;
    private final Map<String, InputField> fieldsByKey;
    private final List<FormField> fields;
    private final Map<String, Map<String, String>> optionLabels;

    private FormSchema(String id, String json, List<Input> inputs) {
        this.id = id;
        this.json = json;
        this.inputs = List.copyOf(inputs);
        this.fieldsByKey = new LinkedHashMap<>();
        inputs.forEach(input -> fieldsByKey.put(input.field().key(), input.field()));
        this.fields = inputs.stream().map(input -> describe(input.field())).toList();
        this.optionLabels = new HashMap<>();
        try {
            collectOptionLabels(JSON.readTree(json), optionLabels);
        } catch (JsonProcessingException alreadyParsed) {
            throw new IllegalStateException(alreadyParsed);
        }
    }

    /** A submitted value as a person reads it: the option's label for a choice, 是/否 for a checkbox. */
    public String display(String key, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        Map<String, String> labels = optionLabels.getOrDefault(key, Map.of());
        if (value instanceof List<?> list) {
            return String.join("、", list.stream().map(v -> labels.getOrDefault(String.valueOf(v), String.valueOf(v))).toList());
        }
        return labels.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    private static void collectOptionLabels(JsonNode node, Map<String, Map<String, String>> into) {
        for (JsonNode component : node.path("components")) {
            if (component.path("key").isTextual() && component.path("values").isArray()) {
                Map<String, String> labels = new HashMap<>();
                component.get("values").forEach(v -> labels.put(v.path("value").asText(), v.path("label").asText(v.path("value").asText())));
                into.put(component.get("key").asText(), labels);
            }
            collectOptionLabels(component, into);
        }
    }

    /**
     * @param json a form-js schema
     * @throws IllegalStateException naming the form and the problem if the JSON is not a form the
     *                               validator can enforce (invalid JSON, missing or duplicate id or key,
     *                               an unsupported component or a condition outside the FEEL subset)
     */
    public static FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException invalid) {
            throw new IllegalStateException("a form is not valid JSON: " + invalid.getOriginalMessage(), invalid);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("a form must be a JSON object");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new IllegalStateException("a form has no \"id\"");
        }
        return new Reader(id.asText()).read(root, json);
    }

    public String id() {
        return id;
    }

    /** The raw JSON, for clients that render the form. */
    public String json() {
        return json;
    }

    /** The input fields in the order of the form, groups flattened. */
    public List<FormField> fields() {
        return fields;
    }

    /** The variables whose options the form's choice fields show ({@code valuesKey}), in the order of the form. */
    public Set<String> valuesKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        inputs.stream().map(input -> input.field().valuesKey()).filter(Objects::nonNull).forEach(keys::add);
        return keys;
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /**
     * @return whether the field is a textarea, whose text is kept in the case file rather than in an
     * engine variable
     * @throws IllegalArgumentException if the form has no such field
     */
    public boolean isLongText(String key) {
        InputField field = fieldsByKey.get(key);
        if (field == null) {
            throw new IllegalArgumentException("form '" + id + "' has no field '" + key + "'");
        }
        return field.type().equals("textarea");
    }

    /**
     * Checks a completion. Conditions are evaluated in the order of the form against the submitted values,
     * the way form-js does: a hidden field is neither required nor checked, and it is dropped from the values.
     *
     * @param submitted field key to value as decoded from JSON (String, Boolean, Number, List) or already typed
     */
    public Validation validate(Map<String, ?> submitted) {
        return validate(submitted, Map.of());
    }

    /**
     * Checks a completion as {@link #validate(Map)} does and, for a choice field fed through {@code valuesKey},
     * that every chosen value is one of the options offered to the task.
     *
     * @param offered option values by {@code valuesKey}; a key without an entry is not checked
     */
    public Validation validate(Map<String, ?> submitted, Map<String, List<String>> offered) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(offered, "offered");
        List<FieldError> errors = new ArrayList<>();
        submitted.keySet().stream()
                .filter(key -> !fieldsByKey.containsKey(key))
                .forEach(key -> errors.add(new FieldError(key, "is not a field of this form")));

        Map<String, Object> current = new HashMap<>();
        Map<String, String> conversionErrors = new HashMap<>();
        for (Input input : inputs) {
            String key = input.field().key();
            InputField.Result converted = input.field().convert(submitted.get(key));
            if (converted.error() != null) {
                conversionErrors.put(key, converted.error());
            } else if (converted.value() != null) {
                current.put(key, converted.value());
            }
        }

        Map<String, Object> values = new LinkedHashMap<>();
        for (Input input : inputs) {
            String key = input.field().key();
            if (input.hiddenWhen().stream().anyMatch(condition -> condition.isHidden(current))) {
                current.remove(key);
                continue;
            }
            String error = conversionErrors.containsKey(key)
                    ? conversionErrors.get(key)
                    : input.field().check(current.get(key),
                    input.field().valuesKey() == null ? null : offered.get(input.field().valuesKey()));
            if (error != null) {
                errors.add(new FieldError(key, error));
            } else if (current.get(key) != null) {
                values.put(key, current.get(key));
            }
        }
        return new Validation(errors, values);
    }

    @Override
    public String toString() {
        return "FormSchema[" + id + "]";
    }

    private static FormField describe(InputField field) {
        return new FormField(field.key(), field.type(), field.label(), field.required(),
                field.staticValues() == null ? List.of() : field.staticValues(), field.type().equals("textarea"));
    }

    /** Walks the components once; collects the inputs first because conditions may name later fields. */
    private static final class Reader {

        private record Found(InputField field, List<String> hideExpressions) {
        }

        private final String formId;
        private final Set<String> componentIds = new HashSet<>();
        private final Map<String, InputField> fieldsByKey = new LinkedHashMap<>();
        private final List<Found> found = new ArrayList<>();

        Reader(String formId) {
            this.formId = formId;
        }

        FormSchema read(JsonNode root, String json) {
            JsonNode components = root.get("components");
            if (components == null || !components.isArray()) {
                throw invalid("it has no \"components\" array");
            }
            walk(components, List.of());
            List<Input> inputs = new ArrayList<>();
            for (Found each : found) {
                List<HideCondition> conditions = each.hideExpressions().stream()
                        .map(expression -> condition(expression, each.field().key()))
                        .toList();
                inputs.add(new Input(each.field(), conditions));
            }
            return new FormSchema(formId, json, inputs);
        }

        private void walk(JsonNode components, List<String> inheritedHides) {
            for (JsonNode component : components) {
                String type = text(component, "type");
                if (type == null) {
                    throw invalid("a component has no \"type\"");
                }
                String id = text(component, "id");
                if (id != null && !componentIds.add(id)) {
                    throw invalid("the component id '" + id + "' is used twice");
                }
                if (DISPLAY_TYPES.contains(type)) {
                    continue;
                }
                if (type.equals("group")) {
                    if (hasText(component, "path")) {
                        throw invalid("group '" + id + "' has a \"path\"; nested values are not supported");
                    }
                    JsonNode children = component.get("components");
                    if (children != null) {
                        walk(children, withHide(inheritedHides, component));
                    }
                    continue;
                }
                if (!InputField.TYPES.contains(type)) {
                    throw invalid("component type '" + type + "' (id '" + id
                            + "') is not supported by the server-side validation");
                }
                if (id == null || id.isBlank()) {
                    throw invalid("a " + type + " component has no \"id\"");
                }
                InputField field = inputField(component, id, type);
                if (fieldsByKey.putIfAbsent(field.key(), field) != null) {
                    throw invalid("the key '" + field.key() + "' is used twice");
                }
                found.add(new Found(field, withHide(inheritedHides, component)));
            }
        }

        private InputField inputField(JsonNode component, String id, String type) {
            String key = text(component, "key");
            if (key == null || !SIMPLE_KEY.matcher(key).matches()) {
                throw invalid("component '" + id + "' needs a \"key\" made of letters, digits and '_', found '"
                        + key + "'");
            }
            JsonNode rules = component.path("validate");
            refuse(rules.has("validationType"), key, "validate.validationType (email/phone)");
            refuse(component.has("increment"), key, "increment");
            refuse(component.path("disallowPassedDates").asBoolean(false), key, "disallowPassedDates");

            String subtype = null;
            String label = text(component, "label");
            if (type.equals("datetime")) {
                subtype = text(component, "subtype");
                if (!"date".equals(subtype) && !"datetime".equals(subtype)) {
                    throw invalid("datetime '" + key + "' has subtype '" + subtype + "'; only date and datetime"
                            + " are supported");
                }
                String timeFormat = text(component, "timeSerializingFormat");
                if (subtype.equals("datetime") && timeFormat != null && !OFFSET_TIME_FORMATS.contains(timeFormat)) {
                    throw invalid("datetime '" + key + "' is serialized as '" + timeFormat
                            + "'; only utc_offset and utc_normalized carry the offset the server needs");
                }
                label = Optional.ofNullable(text(component, "dateLabel")).orElse(label);
            }
            Pattern pattern = null;
            if (text(rules, "pattern") != null) {
                try {
                    pattern = Pattern.compile(text(rules, "pattern"));
                } catch (PatternSyntaxException invalidPattern) {
                    throw invalid("field '" + key + "' has an invalid pattern: " + invalidPattern.getDescription());
                }
            }
            return new InputField(id, key, type, subtype, label == null ? key : label,
                    rules.path("required").asBoolean(false), staticValues(component, key, type), valuesKey(component, key, type),
                    integer(rules, "minLength", key), integer(rules, "maxLength", key), pattern,
                    decimal(rules, "min", key), decimal(rules, "max", key), integer(component, "decimalDigits", key));
        }

        private List<String> staticValues(JsonNode component, String key, String type) {
            if (!CHOICE_TYPES.contains(type)
                    || hasText(component, "valuesKey") || hasText(component, "valuesExpression")) {
                return null;
            }
            JsonNode values = component.get("values");
            if (values == null || !values.isArray() || values.isEmpty()) {
                throw invalid(type + " '" + key + "' has neither \"values\" nor \"valuesKey\"");
            }
            List<String> result = new ArrayList<>();
            for (JsonNode value : values) {
                if (!value.path("value").isTextual()) {
                    throw invalid(type + " '" + key + "' has a value that is not a string");
                }
                result.add(value.get("value").asText());
            }
            return List.copyOf(result);
        }

        /** Options computed by FEEL in the browser could not be checked here, so only a variable may feed them. */
        private String valuesKey(JsonNode component, String key, String type) {
            refuse(hasText(component, "valuesExpression"), key, "valuesExpression");
            String valuesKey = CHOICE_TYPES.contains(type) ? text(component, "valuesKey") : null;
            if (valuesKey != null && !SIMPLE_KEY.matcher(valuesKey).matches()) {
                throw invalid("the valuesKey of field '" + key + "' must be made of letters, digits and '_'");
            }
            return valuesKey;
        }

        private HideCondition condition(String expression, String key) {
            try {
                return HideCondition.parse(expression, fieldsByKey);
            } catch (HideCondition.UnsupportedExpression unsupported) {
                throw invalid("the hide condition '" + expression + "' of field '" + key
                        + "' is outside the supported FEEL subset: " + unsupported.getMessage());
            }
        }

        private List<String> withHide(List<String> inherited, JsonNode component) {
            JsonNode hide = component.path("conditional").path("hide");
            if (hide.isMissingNode() || hide.isNull() || hide.isTextual() && hide.asText().isBlank()) {
                return inherited;
            }
            if (!hide.isTextual()) {
                throw invalid("conditional.hide of '" + text(component, "id") + "' is not a string");
            }
            List<String> result = new ArrayList<>(inherited);
            result.add(hide.asText());
            return List.copyOf(result);
        }

        private void refuse(boolean present, String key, String feature) {
            if (present) {
                throw invalid("field '" + key + "' uses " + feature + ", which the server-side validation does not"
                        + " enforce");
            }
        }

        private Integer integer(JsonNode node, String name, String key) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                throw invalid("'" + name + "' of field '" + key + "' must be a whole number, found " + value);
            }
            return value.intValue();
        }

        private BigDecimal decimal(JsonNode node, String name, String key) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw invalid("'" + name + "' of field '" + key + "' must be a number, found " + value);
            }
            return value.decimalValue();
        }

        private static boolean hasText(JsonNode node, String name) {
            return text(node, name) != null && !text(node, name).isBlank();
        }

        private static String text(JsonNode node, String name) {
            JsonNode value = node.get(name);
            return value != null && value.isTextual() ? value.asText() : null;
        }

        private IllegalStateException invalid(String problem) {
            return new IllegalStateException("form '" + formId + "': " + problem);
        }
    }
}
