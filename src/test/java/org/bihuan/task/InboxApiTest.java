package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.support.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' inbox over HTTP: overdue first, then by due time, the due time in working days on the 2026
 * calendar (中秋 25–27 September, 国庆 1–7 October, make-up Saturday 10 October), the filters and their counts, and
 * a unit official who never sees another unit's task.
 */
class InboxApiTest extends ComplaintApiScenario {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    @Test
    void theOverdueStepComesFirstAndEachDueTimeIsCountedInWorkingDaysAcrossNationalDay() {
        String respondent = "国庆测试城建集团" + UUID.randomUUID();
        // received Monday 14 September: 10 working days are 15–18, Sunday 20 (调休), 21–24 and Monday 28 (中秋 25–27 off)
        EngineClock.set(at(2026, 9, 14, 9, 0));
        String late = fileAgainst(respondent);
        // received Tuesday 29 September: 30 September, 8, 9, Saturday 10 (调休), 12–16 and Monday 19 October
        EngineClock.set(at(2026, 9, 29, 9, 0));
        String onTime = fileAgainst(respondent);
        runDueTimers(late, at(2026, 10, 9, 9, 0));

        Reply reply = as("intake").get("/api/tasks?q=" + url(respondent));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.headers().getFirst("X-Total-Count")).isEqualTo("2");
        List<JsonNode> rows = rows(reply);
        assertThat(rows).extracting(r -> r.get("caseNo").asText()).containsExactly(late, onTime);
        JsonNode first = rows.get(0);
        assertThat(first.get("taskKey").asText()).isEqualTo("acceptReview");
        assertThat(first.get("name").asText()).isEqualTo("受理审查");
        assertThat(first.get("caseType").asText()).isEqualTo("COMPLAINT");
        assertThat(first.get("partyName").asText()).isEqualTo(respondent);
        assertThat(first.get("title").asText()).isNotBlank();
        assertThat(first.get("due").asText()).isEqualTo("2026-09-28T09:30:00Z");
        assertThat(first.get("overdue").asBoolean()).isTrue();
        // 29, 30 September, 8 and 9 October: the holiday week does not count
        assertThat(first.get("workingDaysOverdue").asInt()).isEqualTo(4);
        assertThat(first.get("workingDaysLeft").isNull()).isTrue();
        assertThat(first.get("escalationLevel").asText()).isEqualTo("OVERDUE");
        assertThat(first.get("assignee").isNull()).isTrue();
        assertThat(first.get("assigneeName").isNull()).isTrue();
        JsonNode second = rows.get(1);
        assertThat(second.get("due").asText()).isEqualTo("2026-10-19T09:30:00Z");
        assertThat(second.get("overdue").asBoolean()).isFalse();
        // Saturday 10 (调休), 12, 13, 14, 15, 16 and 19 October
        assertThat(second.get("workingDaysLeft").asInt()).isEqualTo(7);
        assertThat(second.get("workingDaysOverdue").isNull()).isTrue();
        assertThat(second.get("escalationLevel").isNull()).isTrue();
    }

    @Test
    void theFiltersNarrowTheInboxAndTheCountsSayHowManyEachWouldShow() {
        String respondent = "筛选测试城建集团" + UUID.randomUUID();
        EngineClock.set(at(2026, 9, 14, 9, 0));
        String late = fileAgainst(respondent);
        EngineClock.set(at(2026, 9, 29, 9, 0));
        String onTime = fileAgainst(respondent);
        EngineClock.set(at(2026, 10, 9, 9, 0));
        String q = "q=" + url(respondent);
        String onTimeTask = taskId("intake", onTime, "acceptReview");
        assertThat(as("intake").post("/api/tasks/" + onTimeTask + "/claim").status()).isEqualTo(204);

        assertThat(caseNos("intake", q + "&overdue=true")).containsExactly(late);
        assertThat(caseNos("intake", q + "&dueWithin=7")).containsExactly(onTime);
        assertThat(caseNos("intake", q + "&dueWithin=6")).isEmpty();
        assertThat(caseNos("intake", q + "&caseType=COMPLAINT&step=acceptReview")).containsExactly(late, onTime);
        assertThat(caseNos("intake", q + "&caseType=PROPOSAL")).isEmpty();
        assertThat(caseNos("intake", q + "&step=transfer")).isEmpty();
        assertThat(caseNos("intake", q + "&holder=MINE")).containsExactly(onTime);
        assertThat(caseNos("intake", q + "&holder=UNCLAIMED")).containsExactly(late);
        assertThat(caseNos("intake", "q=" + url(late))).containsExactly(late);
        assertThat(caseNos("intake", q + "&page=1&size=1")).containsExactly(onTime);
        JsonNode mine = rows(as("intake").get("/api/tasks?" + q + "&holder=MINE")).get(0);
        assertThat(mine.get("assignee").asText()).isEqualTo("intake");
        assertThat(mine.get("assigneeName").asText()).isEqualTo("赵受理");
        assertThat(mine.get("mine").asBoolean()).isTrue();

        JsonNode counts = as("intake").get("/api/tasks/counts?" + q).json();
        assertThat(counts.get("total").asLong()).isEqualTo(2);
        assertThat(counts.get("mine").asLong()).isEqualTo(1);
        assertThat(counts.get("unclaimed").asLong()).isEqualTo(1);
        assertThat(counts.get("overdue").asLong()).isEqualTo(1);
        // 7 working days left is not "due soon" (3 by default)
        assertThat(counts.get("dueSoon").asLong()).isZero();
        EngineClock.set(at(2026, 10, 14, 9, 0));
        assertThat(as("intake").get("/api/tasks/counts?" + q).json().get("dueSoon").asLong()).as("15, 16 and 19 October left").isEqualTo(1);
    }

    @Test
    void aFilterThatMakesNoSenseIsRefusedNamingIt() {
        Reply reply = as("intake").get("/api/tasks?caseType=LETTER&holder=SOMEONE&dueWithin=-1&size=0");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).contains("caseType", "holder", "dueWithin");
        assertThat(as("intake").get("/api/tasks?overdue=true&dueWithin=2").errorFields()).containsExactly("dueWithin");
        assertThat(as("intake").get("/api/tasks?size=0").errorFields()).containsExactly("size");
        assertThat(as("intake").get("/api/tasks?unit=CZJ").errorFields()).as("not a supervisor").containsExactly("unit");
    }

    @Test
    void anOfficialOfOneUnitNeverSeesAnotherUnitsTaskNotThroughAFilterNorACount() {
        String caseNo = complaintTransferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        String byNumber = "?caseNo=" + caseNo;
        String bySearch = "?q=" + url(caseNo);

        assertThat(caseNos("unit-b", bySearch.substring(1))).isEmpty();
        assertThat(caseNos("unit-b", byNumber.substring(1) + "&step=signFor")).isEmpty();
        assertThat(as("unit-b").get("/api/tasks/counts" + bySearch).json().get("total").asLong()).isZero();
        assertThat(as("unit-b").get("/api/tasks" + bySearch + "&unit=CZJ").errorFields()).containsExactly("unit");
        assertThat(as("unit-b").get("/api/tasks/counts" + bySearch + "&unit=CZJ").status()).isEqualTo(400);
        // even a task put into a unit-b official's hands behind the application's back (Cockpit) stays out of their inbox
        taskService.setAssignee(signFor, "unit-b");
        assertThat(caseNos("unit-b", byNumber.substring(1))).isEmpty();
        assertThat(caseNos("unit-b", bySearch.substring(1) + "&holder=MINE")).isEmpty();
        JsonNode counts = as("unit-b").get("/api/tasks/counts" + bySearch).json();
        assertThat(List.of(counts.get("total").asLong(), counts.get("mine").asLong(), counts.get("unclaimed").asLong(),
                counts.get("overdue").asLong(), counts.get("dueSoon").asLong())).containsOnly(0L);
        taskService.setAssignee(signFor, null);

        assertThat(caseNos("unit-a", bySearch.substring(1))).containsExactly(caseNo);
        assertThat(caseNos("supervisor", bySearch.substring(1) + "&unit=CZJ")).as("a supervisor looks into CZJ").containsExactly(caseNo);
        assertThat(caseNos("supervisor", bySearch.substring(1) + "&unit=GZW")).isEmpty();
    }

    private String fileAgainst(String respondentName) {
        Reply filed = as("ent-a").post("/api/complaints", complaintWith("respondent.name", respondentName));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    /** Moves the clock and runs the case's timers then due (its deadline watches), as the job executor would. */
    private void runDueTimers(String caseNo, Instant to) {
        EngineClock.passTo(runtimeService, managementService, caseNo, to);
    }

    private List<String> caseNos(String username, String query) {
        Reply reply = as(username).get("/api/tasks?" + query);
        assertThat(reply.status()).as("%s asks /api/tasks?%s: %s", username, query, reply.text()).isEqualTo(200);
        return rows(reply).stream().map(r -> r.get("caseNo").asText()).toList();
    }

    private static List<JsonNode> rows(Reply reply) {
        List<JsonNode> rows = new ArrayList<>();
        reply.json().forEach(rows::add);
        return rows;
    }

    /** As the query's text: the test client encodes the URI itself. */
    private static String url(String text) {
        return text;
    }
}
