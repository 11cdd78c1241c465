package org.bihuan.task;

import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.support.EngineClock;
import org.bihuan.support.TestUsers;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stand-ins: unit-a is away Tuesday 3 and Wednesday 4 March 2026 and head-a stands in. The clock is moved and the
 * absence job called, as the scheduler would.
 */
class StandInApiTest extends ComplaintApiScenario {

    /** A third official of 财政局, who hands work to unit-a while unit-a is away. */
    static final String THIRD_CZJ_OFFICIAL = "czj-3";

    @Autowired
    TaskService taskService;
    @Autowired
    Absences absences;

    @BeforeEach
    void thirdCzjOfficial() {
        if (TestUsers.ensureOfficial(jdbc, THIRD_CZJ_OFFICIAL, "李科员（财政局）", "13800000098", "CZJ", "UNIT")) {
            identitySync.syncToCamunda();
        }
        // an earlier test's absence of unit-a must not overlap this one's
        jdbc.sql("update task_absence set status = 'CANCELLED' where username = 'unit-a' and status in ('PLANNED', 'ACTIVE')").update();
    }

    @Test
    void duringAnAbsenceTheStandInHoldsTheOfficialsTasksAndTheStillOpenOnesComeBackAfter() {
        String held = complaintTransferredToCzj();
        String heldTask = taskId("unit-a", held, "signFor");
        as("unit-a").post("/api/tasks/" + heldTask + "/claim");
        String signedMeanwhile = complaintTransferredToCzj();
        String signedTask = taskId("unit-a", signedMeanwhile, "signFor");
        as("unit-a").post("/api/tasks/" + signedTask + "/claim");
        String handedDuring = complaintTransferredToCzj();
        String handedTask = taskId("unit-a", handedDuring, "signFor");

        Reply announced = as("unit-a").post("/api/me/absences", Map.of("from", "2026-03-03", "to", "2026-03-04", "standIn", "head-a"));
        assertThat(announced.status()).as(announced.text()).isEqualTo(201);
        assertThat(announced.json().get("status").asText()).isEqualTo("PLANNED");
        assertThat(announced.json().get("standInName").asText()).isEqualTo("卫局长（财政局）");
        assertThat(as("unit-a").get("/api/me/absences").json()).extracting(a -> a.get("id").asLong())
                .containsExactly(announced.json().get("id").asLong());
        assertThat(assignee(heldTask)).as("not away yet").isEqualTo("unit-a");

        EngineClock.set(at(2026, 3, 3, 8, 0));
        absences.startAndEndDue();
        assertThat(assignee(heldTask)).isEqualTo("head-a");
        assertThat(assignee(signedTask)).isEqualTo("head-a");
        assertThat(timeline(held, "TASK_STAND_IN")).singleElement().asString().contains("钱承办（财政局） → 卫局长（财政局）");

        // a task given to unit-a while away goes to the stand-in at once
        as(THIRD_CZJ_OFFICIAL).post("/api/tasks/" + handedTask + "/claim");
        Reply handover = as(THIRD_CZJ_OFFICIAL).post("/api/tasks/" + handedTask + "/handover", Map.of("to", "unit-a"));
        assertThat(handover.status()).as(handover.text()).isEqualTo(204);
        assertThat(assignee(handedTask)).isEqualTo("head-a");
        assertThat(timeline(handedDuring, "TASK_STAND_IN")).hasSize(1);
        assertThat(rowsOf("head-a", held)).extracting(r -> r.get("assignee").asText()).containsExactly("head-a");
        complete("head-a", signedMeanwhile, "signFor", Map.of("decision", "SIGN"));

        EngineClock.set(at(2026, 3, 4, 17, 0));
        absences.startAndEndDue();
        assertThat(assignee(heldTask)).as("still away on the last day").isEqualTo("head-a");

        EngineClock.set(at(2026, 3, 5, 8, 30));
        absences.startAndEndDue();
        assertThat(assignee(heldTask)).isEqualTo("unit-a");
        assertThat(assignee(handedTask)).isEqualTo("unit-a");
        assertThat(timeline(held, "TASK_STAND_IN_RETURNED")).singleElement().asString().contains("卫局长（财政局） → 钱承办（财政局）");
        // the step the stand-in finished stays finished; its successor is the unit's, as any new step
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(signedMeanwhile).taskDefinitionKey("handle").singleResult()
                .getAssignee()).isNull();
        assertThat(as("unit-a").get("/api/me/absences").json()).isEmpty();
    }

    @Test
    void anAbsenceNeedsAColleagueOfTheSameUnitAndAnEndNotBeforeItsStart() {
        Reply otherUnit = as("unit-a").post("/api/me/absences", Map.of("from", "2026-03-03", "to", "2026-03-04", "standIn", "unit-b"));
        Reply backwards = as("unit-a").post("/api/me/absences", Map.of("from", "2026-03-04", "to", "2026-03-03", "standIn", "head-a"));
        Reply past = as("unit-a").post("/api/me/absences", Map.of("from", "2026-02-02", "to", "2026-02-03", "standIn", "head-a"));
        Reply enterprise = as("ent-a").post("/api/me/absences", Map.of("from", "2026-03-03", "to", "2026-03-04", "standIn", "ent-b"));

        assertThat(otherUnit.errorFields()).containsExactly("standIn");
        assertThat(backwards.errorFields()).containsExactly("to");
        assertThat(past.errorFields()).containsExactly("to");
        assertThat(enterprise.errorFields()).containsExactly("standIn");
        assertThat(as("unit-a").get("/api/me/absences").json()).isEmpty();
    }

    @Test
    void anAbsenceWithdrawnWhileUnderWayGivesTheTasksBackAtOnce() {
        String caseNo = complaintTransferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        as("unit-a").post("/api/tasks/" + signFor + "/claim");
        long id = as("unit-a").post("/api/me/absences", Map.of("from", "2026-03-02", "to", "2026-03-06", "standIn", "head-a"))
                .json().get("id").asLong();
        assertThat(assignee(signFor)).as("an absence from today starts at once").isEqualTo("head-a");

        assertThat(as("head-a").delete("/api/me/absences/" + id).status()).as("someone else's absence").isEqualTo(404);
        assertThat(as("unit-a").delete("/api/me/absences/" + id).status()).isEqualTo(204);

        assertThat(assignee(signFor)).isEqualTo("unit-a");
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private List<String> timeline(String caseNo, String type) {
        return jdbc.sql("select note from timeline_event where case_no = ? and type = ? order by id").params(caseNo, type)
                .query(String.class).list();
    }

    private List<com.fasterxml.jackson.databind.JsonNode> rowsOf(String username, String caseNo) {
        return tasksOf(username, caseNo);
    }
}
