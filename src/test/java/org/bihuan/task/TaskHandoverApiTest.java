package org.bihuan.task;

import org.bihuan.complaint.ComplaintApiScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.TaskService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming, giving back and handing a task to a colleague of the same unit (转交), over HTTP. */
class TaskHandoverApiTest extends ComplaintApiScenario {

    @Autowired
    TaskService taskService;

    @Test
    void aClaimedTaskIsGivenBackToTheUnitAndClaimedAgain() {
        String caseNo = complaintTransferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");

        assertThat(as("unit-a").post("/api/tasks/" + signFor + "/claim").status()).isEqualTo(204);
        assertThat(assignee(signFor)).isEqualTo("unit-a");
        assertThat(as("unit-a").post("/api/tasks/" + signFor + "/unclaim").status()).isEqualTo(204);
        assertThat(assignee(signFor)).isNull();
        assertThat(as("head-a").post("/api/tasks/" + signFor + "/claim").status()).isEqualTo(204);
        assertThat(assignee(signFor)).isEqualTo("head-a");
    }

    @Test
    void aTaskSomeoneElseHoldsCannotBeGivenBackNorHandedOver() {
        String caseNo = complaintTransferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        as("unit-a").post("/api/tasks/" + signFor + "/claim");

        Reply unclaim = as("head-a").post("/api/tasks/" + signFor + "/unclaim");
        Reply handover = as("head-a").post("/api/tasks/" + signFor + "/handover", Map.of("to", "head-a"));

        assertThat(unclaim.status()).isEqualTo(409);
        assertThat(unclaim.json().get("detail").asText()).contains("unit-a");
        assertThat(handover.status()).isEqualTo(409);
        assertThat(assignee(signFor)).isEqualTo("unit-a");
        assertThat(as("unit-b").post("/api/tasks/" + signFor + "/unclaim").status()).as("another unit's task does not exist for unit-b")
                .isEqualTo(404);
    }

    @Test
    void aTaskIsHandedToAColleagueOfTheSameUnitWithTheNoteOnTheTimeline() {
        String caseNo = complaintTransferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        as("unit-a").post("/api/tasks/" + signFor + "/claim");

        Reply reply = as("unit-a").post("/api/tasks/" + signFor + "/handover", Map.of("to", "head-a", "note", "本周出差，请卫局长签收"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(204);
        assertThat(assignee(signFor)).isEqualTo("head-a");
        List<String> handovers = jdbc.sql("select actor || ' ' || note from timeline_event where case_no = ? and type = 'TASK_HANDOVER'")
                .param(caseNo).query(String.class).list();
        assertThat(handovers).singleElement().satisfies(line -> assertThat(line)
                .startsWith("unit-a 签收").contains("钱承办（财政局）", "卫局长（财政局）", "本周出差，请卫局长签收"));
        assertThat(as("unit-a").get("/api/complaints/" + caseNo).text()).as("officials see who handed it on").contains("TASK_HANDOVER");
        assertThat(as("ent-a").get("/api/complaints/" + caseNo).text()).as("the complainant does not").doesNotContain("TASK_HANDOVER")
                .doesNotContain("卫局长");
    }

    @Test
    void aHandoverOutsideTheUnitOrToNobodyIsRefusedNamingToAndTheTaskStaysWhereItWas() {
        String caseNo = complaintTransferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        as("unit-a").post("/api/tasks/" + signFor + "/claim");

        Reply otherUnit = as("unit-a").post("/api/tasks/" + signFor + "/handover", Map.of("to", "unit-b"));
        Reply unknown = as("unit-a").post("/api/tasks/" + signFor + "/handover", Map.of("to", "no-such-user"));
        Reply oneself = as("unit-a").post("/api/tasks/" + signFor + "/handover", Map.of("to", "unit-a"));
        Reply nobody = as("unit-a").post("/api/tasks/" + signFor + "/handover", Map.of("note", "?"));

        assertThat(List.of(otherUnit.status(), unknown.status(), oneself.status(), nobody.status())).containsOnly(400);
        assertThat(otherUnit.errorFields()).containsExactly("to");
        assertThat(unknown.errorFields()).containsExactly("to");
        assertThat(oneself.errorFields()).containsExactly("to");
        assertThat(nobody.errorFields()).containsExactly("to");
        assertThat(assignee(signFor)).isEqualTo("unit-a");
        assertThat(jdbc.sql("select count(*) from timeline_event where case_no = ? and type = 'TASK_HANDOVER'")
                .param(caseNo).query(Long.class).single()).isZero();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }
}
