package org.bihuan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.complaint.ComplaintFixtures;
import org.bihuan.support.LifecycleScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health of the escalation ladder: every open step with a deadline has its deadline watch. The suite's
 * cases share the database, so each test looks at the steps of its own case.
 */
class DeadlineWatchHealthTest extends LifecycleScenario {

    @Autowired
    ApplicationContext context;
    @Autowired
    UnwatchedSteps unwatchedSteps;
    @Autowired
    DeadlineWatchHealthIndicator indicator;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    ComplaintFixtures complaints;

    @BeforeEach
    void fixtures() {
        complaints = new ComplaintFixtures(context);
    }

    @Test
    void aStepInHandlingHasItsWatchAndIsNotReported() {
        String caseNo = complaints.inHandling();

        assertThat(watchOf(caseNo, "handle")).isNotNull();
        assertThat(unwatchedOf(caseNo)).isEmpty();
    }

    @Test
    void aStepWhoseWatchWasDeletedIsReportedWithItsCaseNumberAndTheHealthWarns() throws Exception {
        String caseNo = complaints.inHandling();
        String taskId = openTask(caseNo, "handle").getId();

        runtimeService.deleteProcessInstance(watchOf(caseNo, "handle").getId(), "the watch failed to start");

        assertThat(unwatchedOf(caseNo)).singleElement().satisfies(step -> {
            assertThat(step.taskId()).isEqualTo(taskId);
            assertThat(step.stepKey()).isEqualTo("handle");
            assertThat(step.dueAt()).isEqualTo(openTask(caseNo, "handle").getDueDate().toInstant());
        });
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(DeadlineWatchHealthIndicator.WARN);
        assertThat((Integer) health.getDetails().get("unwatchedSteps")).isEqualTo(unwatchedSteps.find().size());
        assertThat((List<?>) health.getDetails().get("examples")).isNotEmpty().hasSizeLessThanOrEqualTo(5);

        JsonNode component = json.readTree(actuatorHealth()).get("components").get("deadlineWatch");
        assertThat(component.get("status").asText()).isEqualTo("WARN");
        assertThat(component.get("details").get("unwatchedSteps").asInt()).isPositive();

        // done with the step: nothing is left for the suite's other tests to trip over
        complaints.act("unit-a", caseNo, "handle", Map.of("outcome", "UNFOUNDED", "amountRecovered", "0", "reply", "投诉事项不成立。"));
        assertThat(unwatchedOf(caseNo)).isEmpty();
    }

    @Test
    void aStepWhoseLadderRanToTheLastLevelIsNotReported() {
        String caseNo = complaints.inHandling();

        timePasses(caseNo, at(2026, 4, 23, 17, 31));

        assertThat(openTasks(caseNo, "handle")).hasSize(1);
        assertThat(watchOf(caseNo, "handle")).as("the ladder is done").isNull();
        assertThat(unwatchedOf(caseNo)).isEmpty();
    }

    private ProcessInstance watchOf(String caseNo, String stepKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DeadlineWatch.PROCESS_KEY)
                .processInstanceBusinessKey(caseNo).variableValueEquals("stepKey", stepKey).singleResult();
    }

    private List<UnwatchedSteps.UnwatchedStep> unwatchedOf(String caseNo) {
        return unwatchedSteps.find().stream().filter(step -> step.caseNo().equals(caseNo)).toList();
    }

    private String actuatorHealth() throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
