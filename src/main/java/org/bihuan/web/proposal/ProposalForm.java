package org.bihuan.web.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The proposal form as typed: its field names are the JSON paths of {@code POST /api/proposals} ({@code title},
 * {@code parts.problem}, {@code cosigners}), and {@link #toJson} is that request body, which the portal files or keeps
 * as a draft. A bean, so that the page shows back whatever was typed, accepted or not.
 */
public final class ProposalForm {

    private String title;
    private String category;
    private String type;
    private Parts parts = new Parts();
    private List<String> cosigners = new ArrayList<>();

    public static final class Parts {
        private String problem;
        private String analysis;
        private String suggestions;

        public String getProblem() {
            return problem;
        }

        public void setProblem(String problem) {
            this.problem = problem;
        }

        public String getAnalysis() {
            return analysis;
        }

        public void setAnalysis(String analysis) {
            this.analysis = analysis;
        }

        public String getSuggestions() {
            return suggestions;
        }

        public void setSuggestions(String suggestions) {
            this.suggestions = suggestions;
        }
    }

    /** The request body: every field as typed, the cosigners without blank entries (so cosigners[i] is the i-th shown). */
    ObjectNode toJson(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        put(body, "title", title);
        put(body, "category", category);
        put(body, "type", type);
        ObjectNode content = body.putObject("parts");
        put(content, "problem", parts.problem);
        put(content, "analysis", parts.analysis);
        put(content, "suggestions", parts.suggestions);
        ArrayNode names = body.putArray("cosigners");
        chosenCosigners().forEach(names::add);
        return body;
    }

    /** A draft's data back into the form (a draft kept through the API may lack any field). */
    static ProposalForm of(JsonNode data) {
        ProposalForm form = new ProposalForm();
        form.title = text(data, "title");
        form.category = text(data, "category");
        form.type = text(data, "type");
        JsonNode content = data.path("parts");
        form.parts.problem = text(content, "problem");
        form.parts.analysis = text(content, "analysis");
        form.parts.suggestions = text(content, "suggestions");
        data.path("cosigners").forEach(name -> {
            if (name.isTextual() && !name.asText().isBlank()) {
                form.cosigners.add(name.asText());
            }
        });
        return form;
    }

    List<String> chosenCosigners() {
        return cosigners == null ? List.of() : cosigners.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Parts getParts() {
        return parts;
    }

    public void setParts(Parts parts) {
        this.parts = parts;
    }

    public List<String> getCosigners() {
        return cosigners;
    }

    public void setCosigners(List<String> cosigners) {
        this.cosigners = cosigners;
    }
}
