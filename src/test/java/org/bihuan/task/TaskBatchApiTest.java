package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/tasks/batch: each item validated and completed on its own; the answer says per item what happened. */
class TaskBatchApiTest extends ComplaintApiScenario {

    @Test
    void aBatchWithOneBadItemCompletesTheOthersAndSaysWhyTheBadOneWasNot() {
        String first = fileComplaint();
        String bad = fileComplaint();
        String third = fileComplaint();
        List<Map<String, Object>> items = List.of(
                item(taskId("intake", first, "acceptReview"), Map.of("decision", "ACCEPT")),
                item(taskId("intake", bad, "acceptReview"), Map.of("decision", "REJECT")),
                item(taskId("intake", third, "acceptReview"), Map.of("decision", "ACCEPT")),
                item("no-such-task", Map.of("decision", "ACCEPT")));

        Reply reply = as("intake").post("/api/tasks/batch", items);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<JsonNode> results = new ArrayList<>();
        reply.json().forEach(results::add);
        assertThat(results).extracting(r -> r.get("ok").asBoolean()).containsExactly(true, false, true, false);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(204, 400, 204, 404);
        // a rejection needs its reason, as in a single completion
        assertThat(results.get(1).get("errors")).extracting(e -> e.get("field").asText()).containsExactly("reason");
        assertThat(results.get(3).get("errors")).extracting(e -> e.get("field").asText()).containsExactly("taskId");
        assertThat(complaint("intake", first).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(complaint("intake", third).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(complaint("intake", bad).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(tasksOf("intake", bad)).extracting(t -> t.get("taskKey").asText()).containsExactly("acceptReview");
    }

    @Test
    void anEmptyBatchIsRefusedNamingItems() {
        Reply reply = as("intake").post("/api/tasks/batch", List.of());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("items");
    }

    private static Map<String, Object> item(String taskId, Map<String, Object> values) {
        return Map.of("taskId", taskId, "values", values);
    }
}
