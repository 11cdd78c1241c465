package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalTasksApiTest extends ProposalApiScenario {

    @Autowired
    HistoryService historyService;

    @Test
    void theCoUnitsAreAJsonArrayOfTheOfferedUnitsAndReachTheEngineAsOne() throws Exception {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        String assign = taskId("committee", proposalNo, "assign");

        Reply commaText = submitTask("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", "GZW,GXJ", "mode", "LEAD"));
        Reply unknownUnit = submitTask("committee", proposalNo, "assign",
                Map.of("leadUnit", "CZJ", "coUnits", List.of("GZW", "QQB"), "mode", "LEAD"));

        assertThat(commaText.status()).as(commaText.text()).isEqualTo(400);
        assertThat(commaText.errorFields()).containsExactly("coUnits");
        assertThat(unknownUnit.status()).as(unknownUnit.text()).isEqualTo(400);
        assertThat(unknownUnit.errorFields()).containsExactly("coUnits");
        JsonNode form = as("committee").get("/api/tasks/" + assign + "/form").json();
        assertThat(form.at("/options/unitOptions")).extracting(o -> o.get("value").asText() + " " + o.get("label").asText())
                .contains("CZJ 市财政局", "GZW 市国资委", "GXJ 市工业和信息化局").doesNotContain("QQB 市清欠办（受理）");
        assertThat(form.at("/options/leaderOptions")).extracting(o -> o.get("value").asText()).contains("leader");

        complete("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", List.of("GZW", "GXJ"), "mode", "LEAD"));

        assertThat(proposal("committee", proposalNo).get("units")).extracting(u -> u.get("code").asText() + " " + u.get("role").asText())
                .containsExactlyInAnyOrder("CZJ LEAD", "GZW CO", "GXJ CO");
        HistoricVariableInstance coUnits = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(historyService.createHistoricTaskInstanceQuery().taskId(assign).singleResult().getProcessInstanceId())
                .variableName("coUnits").singleResult();
        assertThat(coUnits.getTypeName()).isEqualTo("json");
        assertThat(json.readTree(coUnits.getValue().toString())).extracting(JsonNode::asText).containsExactly("GZW", "GXJ");
    }

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
        Reply refused = submitTask("committee", proposalNo, "assign", Map.of("leadUnit", "QQB", "coUnits", List.of(), "mode", "LEAD"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("leadUnit");
        assertThat(proposal("committee", proposalNo).get("units")).isEmpty();
    }

    @Test
    void aKeyProposalNeedsItsSupervisingLeader() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        Map<String, Object> withoutLeader = new HashMap<>(Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD", "key", true));

        Reply refused = submitTask("committee", proposalNo, "assign", withoutLeader);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("supervisingLeader");
        assertThat(proposal("committee", proposalNo).get("status").asText()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theLeadUnitRepliesOnlyAfterTheCoUnitGaveItsOpinion() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of("GZW"));
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
        assign(proposalNo, "CZJ", List.of("GZW"));
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
