package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalTasksApiTest extends ProposalApiScenario {

    @Test
    void theCommitteeFindsTheReviewTaskOfANewProposal() {
        String proposalNo = fileIndividual("member");

        assertThat(tasksOf("committee", proposalNo)).singleElement().satisfies(task -> {
            assertThat(task.get("taskKey").asText()).isEqualTo("review");
            assertThat(task.get("caseType").asText()).isEqualTo("PROPOSAL");
            assertThat(task.get("caseNo").asText()).isEqualTo(proposalNo);
            assertThat(Instant.parse(task.get("due").asText())).isEqualTo(at(2026, 3, 23, 17, 30));
        });
        assertThat(tasksOf("member", proposalNo)).isEmpty();
        assertThat(tasksOf("unit-a", proposalNo)).isEmpty();
    }

    @Test
    void mergingIntoANumberThatIsNoRegisteredProposalIsRefused() {
        String proposalNo = fileIndividual("member");

        Reply refused = submitTask("committee", proposalNo, "review",
                Map.of("decision", "MERGE", "reason", "与已立案提案内容相同", "mergeInto", "20269999"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("mergeInto");
        assertThat(proposal("committee", proposalNo).get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(tasksOf("committee", proposalNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("review");
    }

    @Test
    void theLeadUnitMustBeAHandlingUnit() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);

        // 清欠办 takes in complaints; it handles no proposals
        Reply refused = submitTask("committee", proposalNo, "assign", Map.of("leadUnit", "QQB", "coUnits", "", "mode", "LEAD"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("leadUnit");
        assertThat(proposal("committee", proposalNo).get("units")).isEmpty();
    }

    @Test
    void aKeyProposalNeedsItsSupervisingLeader() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        Map<String, Object> withoutLeader = new HashMap<>(Map.of("leadUnit", "CZJ", "coUnits", "", "mode", "LEAD", "key", true));

        Reply refused = submitTask("committee", proposalNo, "assign", withoutLeader);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("supervisingLeader");
        assertThat(proposal("committee", proposalNo).get("status").asText()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theLeadUnitRepliesOnlyAfterTheCoUnitGaveItsOpinion() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", "GZW");
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-b", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "PHONE", "summary", "电话沟通。"));
        Map<String, Object> reply = Map.of("replyClass", "B", "replyText", REPLY_TEXT, "publishable", true);

        Reply tooEarly = submitTask("unit-a", proposalNo, "reply", reply);

        assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(400);
        assertThat(tooEarly.errorFields()).containsExactly("replyText");
        assertThat(tooEarly.json().get("detail").asText()).contains("市国资委");

        complete("unit-b", proposalNo, "coOpinion", Map.of("opinion", "国资委将督促相关国企配合。"));
        complete("unit-a", proposalNo, "reply", reply);

        assertThat(proposal("member", proposalNo).get("status").asText()).isEqualTo("REPLIED");
    }

    @Test
    void theLeadUnitAsksForAnExtensionWithinSixMonthsAndTheCommitteeDecides() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", "GZW");
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-b", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        String extension = "/api/proposals/" + proposalNo + "/extension-requests";

        Reply byCoUnit = as("unit-b").post(extension, Map.of("reason", "需开展专题调研。", "requestedDeadline", "2026-08-31"));
        assertThat(byCoUnit.status()).as(byCoUnit.text()).isEqualTo(403);

        // six months from assignment on 2 March end on 2 September
        Reply tooLate = as("unit-a").post(extension, Map.of("reason", "需开展专题调研。", "requestedDeadline", "2026-09-03"));
        assertThat(tooLate.status()).as(tooLate.text()).isEqualTo(400);
        assertThat(tooLate.errorFields()).containsExactly("requestedDeadline");
        assertThat(tasksOf("committee", proposalNo)).extracting(t -> t.get("taskKey").asText()).doesNotContain("proposalExtension");

        Reply asked = as("unit-a").post(extension, Map.of("reason", "需开展专题调研。", "requestedDeadline", "2026-08-31"));

        assertThat(asked.status()).as(asked.text()).isEqualTo(202);
        assertThat(tasksOf("committee", proposalNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("proposalExtension");
        JsonNode proposal = proposal("member", proposalNo);
        assertThat(proposal.get("timeline")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("EXTENSION_REQUESTED");
            assertThat(event.get("note").asText()).contains("2026-08-31", "专题调研");
        });

        complete("committee", proposalNo, "proposalExtension", Map.of("approve", true, "newDeadline", "2026-08-31"));

        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "座谈。"));

        assertThat(tasksOf("unit-a", proposalNo)).filteredOn(t -> "reply".equals(t.get("taskKey").asText())).singleElement()
                .satisfies(reply -> assertThat(Instant.parse(reply.get("due").asText())).isEqualTo(at(2026, 8, 31, 17, 30)));
    }
}
