package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/tasks over HTTP: the work list, the form of a task, claiming and form-validated completion. */
class TaskApiTest extends ComplaintApiScenario {

    /** A second intake clerk, to compete for the same task. */
    static final String SECOND_CLERK = "intake-2";

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void secondIntakeClerk() {
        if (jdbc.sql("select count(*) from app_user where username = ?").param(SECOND_CLERK).query(Integer.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, email, phone, unit_code, enabled) "
                            + "values (?, ?, '孙受理', 'intake-2@demo.bihuan.local', '13800000099', 'QQB', true)")
                    .params(SECOND_CLERK, passwordEncoder.encode("demo"))
                    .update();
            jdbc.sql("insert into app_user_role (username, role) values (?, 'INTAKE')").param(SECOND_CLERK).update();
            identitySync.syncToCamunda();
        }
    }

    @Test
    void theIntakeClerkFindsTheNewComplaintsAcceptanceReviewInItsTaskList() {
        String caseNo = fileComplaint();

        Reply reply = as("intake").get("/api/tasks");

        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> forTheCase = new ArrayList<>();
        reply.json().forEach(task -> {
            if (caseNo.equals(task.path("caseNo").asText())) {
                forTheCase.add(task);
            }
        });
        assertThat(forTheCase).singleElement().satisfies(task -> {
            assertThat(task.get("id").asText()).isNotBlank();
            assertThat(task.get("taskKey").asText()).isEqualTo("acceptReview");
            assertThat(task.get("name").asText()).isEqualTo("受理审查");
            assertThat(task.get("caseType").asText()).isEqualTo("COMPLAINT");
            assertThat(task.get("created").asText()).isEqualTo("2026-03-02T01:00:00Z");
            assertThat(task.get("due").asText()).isEqualTo("2026-03-16T09:30:00Z");
            assertThat(task.get("overdue").asBoolean()).isFalse();
            assertThat(task.get("assignee").isNull()).isTrue();
        });
    }

    @Test
    void anEnterpriseSeesNoneOfTheClerksTasksNorTheirForms() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        Reply reply = as("ent-a").get("/api/tasks");

        assertThat(reply.status()).isEqualTo(200);
        reply.json().forEach(task -> {
            assertThat(task.path("caseNo").asText()).isNotEqualTo(caseNo);
            // an enterprise only ever works on its own supplement and evaluation
            assertThat(task.get("taskKey").asText()).isIn("supplement", "evaluate");
        });
        assertThat(as("ent-a").get("/api/tasks/" + acceptReview + "/form").status()).isEqualTo(404);
        assertThat(as("ent-a").post("/api/tasks/" + acceptReview + "/claim").status()).isEqualTo(404);
    }

    @Test
    void theFormOfATaskCarriesItsSchemaAndTheValuesTheProcessAlreadyKnows() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        JsonNode form = as("intake").get("/api/tasks/" + acceptReview + "/form").json();

        assertThat(form.get("taskId").asText()).isEqualTo(acceptReview);
        assertThat(form.get("taskKey").asText()).isEqualTo("acceptReview");
        assertThat(form.get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(form.at("/schema/id").asText()).isEqualTo("acceptReview");
        assertThat(form.at("/schema/components")).extracting(c -> c.path("key").asText()).contains("decision", "reason");
        JsonNode decision = fieldOf(form, "decision");
        assertThat(decision.get("values")).extracting(v -> v.get("value").asText()).containsExactly("ACCEPT", "REJECT", "SUPPLEMENT");
        assertThat(form.get("values").isObject()).isTrue();
        assertThat(form.get("values").has("decision")).isFalse();

        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        JsonNode transfer = as("intake").get("/api/tasks/" + taskId("intake", caseNo, "transfer") + "/form").json();

        // the routing table's suggestion for a city-level state enterprise, which the clerk may override
        assertThat(transfer.at("/values/unitCode").asText()).isEqualTo("GZW");
    }

    @Test
    void aClaimedTaskBelongsToItsClaimantAndAnotherClerkCannotTakeOrCompleteIt() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        Reply claim = as("intake").post("/api/tasks/" + acceptReview + "/claim");

        assertThat(claim.status()).as(claim.text()).isEqualTo(204);
        assertThat(tasksOf(SECOND_CLERK, caseNo)).singleElement()
                .satisfies(task -> assertThat(task.get("assignee").asText()).isEqualTo("intake"));
        Reply secondClaim = as(SECOND_CLERK).post("/api/tasks/" + acceptReview + "/claim");
        assertThat(secondClaim.status()).isEqualTo(409);
        assertThat(secondClaim.contentType()).startsWith("application/problem+json");
        assertThat(secondClaim.json().get("detail").asText()).contains("intake");
        assertThat(as(SECOND_CLERK).post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "ACCEPT")).status())
                .isEqualTo(409);
        assertThat(as("intake").post("/api/tasks/" + acceptReview + "/claim").status()).as("claiming one's own task again").isEqualTo(204);

        assertThat(as("intake").post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "ACCEPT")).status()).isEqualTo(204);
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCompletionAgainstTheFormIsRefusedFieldByFieldAndTheTaskStaysOpen() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        Reply notAnOption = as("intake").post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "MAYBE", "reason", "再议"));
        Reply rejectionWithoutReason = as("intake").post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "REJECT"));
        Reply nothing = as("intake").post("/api/tasks/" + acceptReview + "/complete", Map.of());

        assertThat(notAnOption.status()).isEqualTo(400);
        assertThat(notAnOption.contentType()).startsWith("application/problem+json");
        assertThat(notAnOption.errorFields()).containsExactly("decision");
        assertThat(rejectionWithoutReason.status()).isEqualTo(400);
        assertThat(rejectionWithoutReason.errorFields()).containsExactly("reason");
        assertThat(nothing.status()).isEqualTo(400);
        // the reason is asked for unless the complaint is accepted, so an empty form misses both
        assertThat(nothing.errorFields()).containsExactlyInAnyOrder("decision", "reason");
        assertThat(taskId("intake", caseNo, "acceptReview")).isEqualTo(acceptReview);
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void aComplaintBeforeACourtCannotBeAcceptedOverTheApi() {
        Reply filed = as("ent-a").post("/api/complaints", complaintWith("inLitigation", true));
        String caseNo = filed.json().get("trackingNo").asText();

        Reply reply = as("intake").post("/api/tasks/" + taskId("intake", caseNo, "acceptReview") + "/complete",
                Map.of("decision", "ACCEPT"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("decision");
        assertThat(reply.json().at("/errors/0/message").asText()).contains("inLitigation");
    }

    @Test
    void aCompletedTaskCannotBeCompletedAgain() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        Reply first = as("intake").post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "ACCEPT"));
        Reply again = as("intake").post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "REJECT", "reason", "改变主意"));

        assertThat(first.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(as(SECOND_CLERK).post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "ACCEPT")).status())
                .as("a clerk of the same group also learns it is done").isEqualTo(409);
    }

    @Test
    void aUnitOfficialCannotReachTheIntakeClerksTask() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        Reply reply = as("unit-a").post("/api/tasks/" + acceptReview + "/complete", Map.of("decision", "ACCEPT"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(as("unit-a").post("/api/tasks/" + acceptReview + "/claim").status()).isEqualTo(404);
        assertThat(taskId("intake", caseNo, "acceptReview")).isEqualTo(acceptReview);
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void aUnitWorksOnlyOnTheTasksOfItsOwnUnit() {
        String caseNo = complaintTransferredToCzj();

        String signFor = taskId("unit-a", caseNo, "signFor");

        assertThat(tasksOf("unit-b", caseNo)).isEmpty();
        assertThat(as("unit-b").get("/api/tasks/" + signFor + "/form").status()).isEqualTo(404);
        assertThat(as("unit-a").post("/api/tasks/" + signFor + "/complete", Map.of("decision", "SIGN")).status()).isEqualTo(204);
        assertThat(complaint("unit-a", caseNo).get("status").asText()).isEqualTo("IN_HANDLING");
    }

    @Test
    void anUnknownTaskIsNotFound() {
        assertThat(as("intake").get("/api/tasks/no-such-task/form").status()).isEqualTo(404);
        assertThat(as("intake").post("/api/tasks/no-such-task/complete", Map.of("decision", "ACCEPT")).status()).isEqualTo(404);
    }

    private static JsonNode fieldOf(JsonNode form, String key) {
        for (JsonNode component : form.at("/schema/components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no form field " + key);
    }
}
