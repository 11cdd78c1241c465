package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The two case-level actions besides filing: the complainant's evaluation and the unit's extension request. */
class ComplaintEvaluationAndExtensionApiTest extends ComplaintApiScenario {

    @Test
    void theComplainantEvaluatesTheResultThroughItsComplaintAndTheCaseCloses() {
        String caseNo = complaintReplied();
        JsonNode replied = complaint("ent-a", caseNo);
        assertThat(replied.get("status").asText()).isEqualTo("REPLIED");
        assertThat(replied.get("currentStep").asText()).isEqualTo("evaluate");
        assertThat(replied.get("reply").asText()).contains("分期还款协议");
        assertThat(replied.get("amountRecovered").decimalValue()).isEqualByComparingTo("500000.00");

        Reply reply = as("ent-a").post("/api/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "SATISFIED", "comment", "款项已到账"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(204);
        JsonNode closed = complaint("ent-a", caseNo);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("satisfaction").asText()).isEqualTo("SATISFIED");
        assertThat(closed.get("closureReason").asText()).isEqualTo("SATISFIED");
        assertThat(closed.get("timeline")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("evaluate");
            assertThat(event.get("actor").asText()).isEqualTo("ent-a");
            assertThat(event.get("note").asText()).contains("满意度：满意").contains("款项已到账");
        });
        assertThat(tasksOf("ent-a", caseNo)).isEmpty();
        assertThat(as("ent-a").post("/api/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "SATISFIED")).status())
                .isEqualTo(409);
    }

    @Test
    void anEvaluationOutsideTheFormIsRefusedAndTheTaskWaits() {
        String caseNo = complaintReplied();

        Reply reply = as("ent-a").post("/api/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "DELIGHTED"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("satisfaction");
        assertThat(complaint("ent-a", caseNo).get("status").asText()).isEqualTo("REPLIED");
        assertThat(tasksOf("ent-a", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("evaluate");
    }

    @Test
    void anotherEnterpriseCannotEvaluateSomeoneElsesComplaint() {
        String caseNo = complaintReplied();

        Reply reply = as("ent-b").post("/api/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "UNSATISFIED"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(complaint("ent-a", caseNo).get("status").asText()).isEqualTo("REPLIED");
    }

    @Test
    void aComplaintNotYetRepliedCannotBeEvaluated() {
        String caseNo = complaintInHandling();

        Reply reply = as("ent-a").post("/api/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "SATISFIED"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(complaint("ent-a", caseNo).get("status").asText()).isEqualTo("IN_HANDLING");
    }

    @Test
    void theHandlingUnitAsksForMoreTimeAndTheSupervisorGetsTheRequest() {
        String caseNo = complaintInHandling();

        Reply reply = as("unit-a").post("/api/complaints/" + caseNo + "/extension-requests",
                Map.of("reason", "需调取三年往来账目。", "requestedDeadline", "2026-04-30"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(202);
        List<JsonNode> supervisorTasks = tasksOf("supervisor", caseNo);
        assertThat(supervisorTasks).singleElement().satisfies(task -> {
            assertThat(task.get("taskKey").asText()).isEqualTo("extension");
            assertThat(task.get("caseType").asText()).isEqualTo("COMPLAINT");
            assertThat(task.get("caseNo").asText()).isEqualTo(caseNo);
        });
        assertThat(tasksOf("unit-a", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("handle");
        assertThat(complaint("unit-a", caseNo).get("timeline")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("EXTENSION_REQUESTED");
            assertThat(event.get("actor").asText()).isEqualTo("unit-a");
            assertThat(event.get("note").asText()).contains("2026-04-30").contains("三年往来账目");
        });
        assertThat(as("unit-a").post("/api/complaints/" + caseNo + "/extension-requests",
                Map.of("reason", "再次申请。", "requestedDeadline", "2026-05-15")).status()).isEqualTo(409);
    }

    @Test
    void anotherUnitCannotAskForMoreTimeOnACaseItDoesNotHandle() {
        String caseNo = complaintInHandling();

        Reply reply = as("unit-b").post("/api/complaints/" + caseNo + "/extension-requests",
                Map.of("reason", "冒名申请。", "requestedDeadline", "2026-04-30"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(tasksOf("supervisor", caseNo)).isEmpty();
    }

    @Test
    void theComplainantSeesItsCaseButCannotAskForAnExtension() {
        String caseNo = complaintInHandling();

        Reply reply = as("ent-a").post("/api/complaints/" + caseNo + "/extension-requests",
                Map.of("reason", "希望加快。", "requestedDeadline", "2026-04-30"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(tasksOf("supervisor", caseNo)).isEmpty();
    }

    @Test
    void anExtensionBeyondTheLongestHandlingTimeIsRefusedNamingTheDate() {
        String caseNo = complaintInHandling();

        Reply tooLate = as("unit-a").post("/api/complaints/" + caseNo + "/extension-requests",
                Map.of("reason", "需要很久。", "requestedDeadline", "2026-12-31"));
        Reply noDate = as("unit-a").post("/api/complaints/" + caseNo + "/extension-requests", Map.of("reason", "需要很久。"));

        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.errorFields()).containsExactly("requestedDeadline");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.errorFields()).containsExactly("requestedDeadline");
        assertThat(tasksOf("supervisor", caseNo)).isEmpty();
    }
}
