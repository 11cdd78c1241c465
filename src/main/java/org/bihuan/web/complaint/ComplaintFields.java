package org.bihuan.web.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.complaint.ComplaintRequest;
import org.bihuan.web.Option;
import org.bihuan.web.PageLabels;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a complaint ({@code ComplaintRequest}) as every page that takes one shows them: the enterprise's own
 * form in steps and the intake clerk's filing on an enterprise's behalf. Their inputs are the fragments of
 * {@code templates/complaint/fields.html}; a field's name is its JSON path under a prefix (none in the portal,
 * {@code complaint.} on behalf), the values are keyed by the path without the prefix.
 */
public final class ComplaintFields {

    /** Every data field of a complaint by its JSON path, in the order the forms ask for them. */
    public static final List<String> NAMES = Arrays.stream(WizardStep.values()).flatMap(step -> step.dataFields().stream()).toList();

    private ComplaintFields() {
    }

    /** Each field (under {@code prefix}) as text, for the inputs to show what was typed or kept. */
    public static Map<String, String> values(JsonNode data, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : NAMES) {
            JsonNode node = data.at("/" + (prefix + field).replace('.', '/'));
            values.put(field, node.isMissingNode() || node.isNull() ? "" : node.asText());
        }
        return values;
    }

    /** Sets the field at its JSON path as typed (trimmed); a blank one is removed, so the rules say it is missing. */
    public static void put(ObjectNode data, String field, String value) {
        String[] path = field.split("\\.");
        ObjectNode parent = data;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        String name = path[path.length - 1];
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            parent.remove(name);
        } else if ("inLitigation".equals(name) && ("true".equals(typed) || "false".equals(typed))) {
            parent.put(name, Boolean.parseBoolean(typed));
        } else {
            parent.put(name, typed);
        }
    }

    /** The choices the fields offer, labelled: model attributes {@code sizeClassOptions}, {@code respondentTypeOptions}. */
    public static Map<String, List<Option>> options(PageLabels labels) {
        return Map.of(
                "sizeClassOptions", labels.withBlank("form.choose", labels.options("sizeClass", ComplaintRequest.SIZE_CLASSES)),
                "respondentTypeOptions", labels.withBlank("form.choose", labels.options("respondentType", ComplaintRequest.RESPONDENT_TYPES)));
    }
}
