package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which complaint over HTTP: someone else's case answers 404, as if it did not exist. */
class ComplaintVisibilityApiTest extends ComplaintApiScenario {

    @Test
    void anotherEnterpriseGetsNotFoundAndDoesNotFindTheComplaintInItsList() {
        String caseNo = fileComplaint();

        Reply reply = as("ent-b").get("/api/complaints/" + caseNo);

        assertProblem(reply, 404);
        assertThat(reply.text()).doesNotContain("杭州甲乙科技有限公司");
        assertThat(listed("ent-b", caseNo)).isZero();
        assertThat(listed("ent-a", caseNo)).isEqualTo(1);
    }

    @Test
    void aHandlingUnitSeesOnlyTheCasesTransferredToIt() {
        String caseNo = fileComplaint();
        assertProblem(as("unit-a").get("/api/complaints/" + caseNo), 404);

        caseNo = complaintTransferredToCzj();

        JsonNode seenByCzj = complaint("unit-a", caseNo);
        assertThat(seenByCzj.get("status").asText()).isEqualTo("TRANSFERRED");
        assertThat(seenByCzj.at("/unit/code").asText()).isEqualTo("CZJ");
        assertThat(seenByCzj.at("/unit/name").asText()).isEqualTo("市财政局");
        assertThat(listed("unit-a", caseNo)).isEqualTo(1);
        assertProblem(as("unit-b").get("/api/complaints/" + caseNo), 404);
        assertThat(listed("unit-b", caseNo)).isZero();
    }

    @Test
    void theIntakeClerkAndTheSupervisorSeeEveryComplaint() {
        String caseNo = fileComplaint();

        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(complaint("supervisor", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(listed("intake", caseNo)).isEqualTo(1);
        assertThat(listed("supervisor", caseNo)).isEqualTo(1);
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheApiAnswersUnauthorized() {
        String caseNo = fileComplaint();

        assertProblem(anonymous().get("/api/complaints/" + caseNo), 401);
        assertProblem(anonymous().get("/api/complaints"), 401);
        assertProblem(as("ent-a", "not-the-password").get("/api/complaints/" + caseNo), 401);
        assertProblem(as("nobody-at-all").get("/api/tasks"), 401);
    }

    @Test
    void anUnauthenticatedFilingStoresNothing() {
        long before = as("ent-a").get("/api/complaints").json().get("total").asLong();

        assertProblem(anonymous().post("/api/complaints", complaintBody()), 401);
        assertProblem(as("ent-a", "wrong").post("/api/complaints", complaintBody()), 401);

        assertThat(as("ent-a").get("/api/complaints").json().get("total").asLong()).isEqualTo(before);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("detail").asText()).isNotBlank();
    }
}
