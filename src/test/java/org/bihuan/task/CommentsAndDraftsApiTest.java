package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials' internal comments on a case and the server-kept draft of a task's form. */
class CommentsAndDraftsApiTest extends ComplaintApiScenario {

    static final String COMMENT = "内部意见：被投诉人系市属国企，建议先电话核实合同。";

    @Test
    void anInternalCommentIsReadByTheOfficialsAndNeverByTheComplainant() {
        String caseNo = fileComplaint();

        Reply added = as("intake").post("/api/cases/" + caseNo + "/comments", Map.of("text", COMMENT));

        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("authorName").asText()).isEqualTo("赵受理");
        JsonNode listed = as("supervisor").get("/api/cases/" + caseNo + "/comments").json();
        assertThat(listed).extracting(c -> c.get("text").asText()).containsExactly(COMMENT);
        assertThat(as("ent-a").get("/api/cases/" + caseNo + "/comments").status()).isEqualTo(404);
        assertThat(as("ent-a").post("/api/cases/" + caseNo + "/comments", Map.of("text", "我也想写")).status()).isEqualTo(404);
        assertThat(as("ent-a").get("/api/complaints/" + caseNo).text()).doesNotContain("内部意见");
        assertThat(as("unit-b").get("/api/cases/" + caseNo + "/comments").status()).as("a unit the case is not with").isEqualTo(404);
        assertThat(as("intake").post("/api/cases/" + caseNo + "/comments", Map.of("text", " ")).errorFields()).containsExactly("text");
    }

    @Test
    void aDraftIsKeptPerTaskAndUserAndGoneWhenTheTaskIsCompleted() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        Reply saved = as("intake").put("/api/tasks/" + acceptReview + "/draft", Map.of("decision", "REJECT", "reason", "尚在核实"));

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode draft = as("intake").get("/api/tasks/" + acceptReview + "/draft").json();
        assertThat(draft.at("/values/decision").asText()).isEqualTo("REJECT");
        assertThat(draft.at("/values/reason").asText()).isEqualTo("尚在核实");
        assertThat(as("ent-a").get("/api/tasks/" + acceptReview + "/draft").status()).isEqualTo(404);

        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));

        assertThat(jdbc.sql("select count(*) from task_draft where task_id = ?").param(acceptReview).query(Long.class).single()).isZero();
        assertThat(as("intake").get("/api/tasks/" + acceptReview + "/draft").status()).isEqualTo(409);
    }

    @Test
    void aDraftCanBeDiscarded() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");
        as("intake").put("/api/tasks/" + acceptReview + "/draft", Map.of("decision", "ACCEPT"));

        assertThat(as("intake").delete("/api/tasks/" + acceptReview + "/draft").status()).isEqualTo(204);

        assertThat(as("intake").get("/api/tasks/" + acceptReview + "/draft").status()).isEqualTo(404);
    }
}
