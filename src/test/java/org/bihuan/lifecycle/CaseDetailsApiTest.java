package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.support.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One case for an official (GET /api/cases/{no}) and its lifecycle's diagram (GET /api/cases/{no}/diagram). */
class CaseDetailsApiTest extends ComplaintApiScenario {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void theCaseViewShowsEveryStepsDeadlineStateIncludingALateOne() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        // transfer is due 10 working days after acceptance (16 March); on the 18th it is late and escalated
        timePasses(caseNo, at(2026, 3, 18, 9, 0));

        JsonNode details = details("intake", caseNo);

        assertThat(details.get("caseType").asText()).isEqualTo("COMPLAINT");
        assertThat(details.get("channel").asText()).isEqualTo("WEB");
        assertThat(details.at("/lifecycle/complainant/name").asText()).as("the lifecycle's own view: parties")
                .isEqualTo("杭州甲乙科技有限公司");
        assertThat(details.at("/lifecycle/respondent/name").asText()).isEqualTo("某市城市建设集团有限公司");
        assertThat(stepStates(details)).containsExactly("acceptReview=MET", "transfer=LATE");
        assertThat(details.get("overdue").asBoolean()).isTrue();
        assertThat(details.get("escalationLevel").asText()).isEqualTo("OVERDUE");
        assertThat(details.at("/steps/1/escalationLevel").asText()).isEqualTo("OVERDUE");
        assertThat(deadlineStates(details)).containsExactly("acceptReview=MET", "transfer=LATE");
        assertThat(details.get("timeline").size()).isGreaterThan(2);
        assertThat(details.get("diagram").asText()).isEqualTo("/api/cases/" + caseNo + "/diagram");

        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        JsonNode afterTransfer = details("unit-a", caseNo);
        assertThat(stepStates(afterTransfer)).as("done late stays late; the new step runs")
                .containsExactly("acceptReview=MET", "transfer=LATE", "signFor=RUNNING");
    }

    @Test
    void aStepWhoseCompletionStoppedTheClockShowsPausedUntilTheClockRunsAgain() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", "请补充验收单。"));

        JsonNode paused = details("intake", caseNo);

        assertThat(stepStates(paused)).containsExactly("acceptReview=PAUSED", "supplement=RUNNING");
        assertThat(paused.get("clockPausedSince").isNull()).isFalse();
    }

    @Test
    void theCaseViewListsRepliesRatingsAndAttachments() {
        String caseNo = complaintReplied();
        as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "receipt.pdf",
                org.springframework.http.MediaType.APPLICATION_PDF, ONE_PAGE_PDF);
        Reply rated = as("ent-a").post("/api/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "SATISFIED"));
        assertThat(rated.status()).as(rated.text()).isEqualTo(204);

        JsonNode details = details("supervisor", caseNo);

        assertThat(details.at("/replies/0/step").asText()).isEqualTo("handle");
        assertThat(details.at("/replies/0/actor").asText()).isEqualTo("unit-a");
        assertThat(details.at("/replies/0/data/outcome").asText()).isEqualTo("REPAYMENT_PLAN");
        assertThat(details.at("/ratings/0/data/satisfaction").asText()).isEqualTo("SATISFIED");
        assertThat(details.at("/attachments/0/filename").asText()).isEqualTo("receipt.pdf");
        assertThat(details.get("letters").isArray()).isTrue();
    }

    @Test
    void aCaseAnOfficialMayNotSeeIsNotFound() {
        String caseNo = complaintTransferredToCzj();

        assertThat(as("unit-a").get("/api/cases/" + caseNo).status()).isEqualTo(200);
        assertThat(as("unit-b").get("/api/cases/" + caseNo).status()).isEqualTo(404);
        assertThat(as("committee").get("/api/cases/" + caseNo).status()).isEqualTo(404);
        assertThat(as("intake").get("/api/cases/TS2026-999999").status()).isEqualTo(404);
    }

    @Test
    void theDiagramIsTheLifecyclesModelWithThePassedAndTheCurrentSteps() {
        String caseNo = complaintTransferredToCzj();

        Reply reply = as("unit-a").get("/api/cases/" + caseNo + "/diagram");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode diagram = reply.json();
        assertThat(diagram.get("processDefinitionKey").asText()).isEqualTo("arrears-complaint");
        assertThat(diagram.get("bpmnXml").asText()).contains("<bpmn:process id=\"arrears-complaint\"", "bpmndi:BPMNDiagram");
        assertThat(texts(diagram.get("passed")))
                .contains("complaintSubmitted", "acceptReview", "recordAcceptance", "suggestUnit", "transfer", "recordTransfer")
                .doesNotContain("signFor", "watch");
        assertThat(texts(diagram.get("current"))).containsExactly("signFor");
        assertThat(diagram.get("bpmnXml").asText()).doesNotContain("deadline-watch\" isExecutable");
    }

    @Test
    void theDiagramFollowsTheCasesVisibilityRule() {
        String caseNo = complaintTransferredToCzj();

        assertThat(as("unit-b").get("/api/cases/" + caseNo + "/diagram").status()).isEqualTo(404);
        assertThat(as("ent-b").get("/api/cases/" + caseNo + "/diagram").status()).isEqualTo(403);
        assertThat(as("intake").get("/api/cases/" + caseNo + "/diagram").status()).isEqualTo(200);
    }

    private JsonNode details(String username, String caseNo) {
        Reply reply = as(username).get("/api/cases/" + caseNo);
        assertThat(reply.status()).as("%s reads case %s: %s", username, caseNo, reply.text()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> stepStates(JsonNode details) {
        List<String> states = new ArrayList<>();
        details.get("steps").forEach(s -> states.add(s.get("stepKey").asText() + "=" + s.get("state").asText()));
        return states;
    }

    private static List<String> deadlineStates(JsonNode details) {
        List<String> states = new ArrayList<>();
        details.get("deadlines").forEach(d -> states.add(d.get("name").asText() + "=" + d.get("state").asText()));
        return states;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private void timePasses(String caseNo, Instant to) {
        EngineClock.passTo(runtimeService, managementService, caseNo, to);
    }
}
