package org.bihuan.web.workbench;

import org.bihuan.support.EngineClock;
import org.bihuan.support.RequiresChromium;
import org.bihuan.support.TestUsers;
import org.bihuan.task.Absences;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * unit-a marks an absence on Tuesday 3 and Wednesday 4 March in a real browser, naming head-a from the list of its
 * unit's colleagues. When the absence starts (the clock is moved and the absence job called, as the scheduler would),
 * the task unit-a holds goes to head-a, and so does a new one a colleague hands to unit-a meanwhile; both come back
 * after.
 */
@RequiresChromium
class StandInBrowserTest extends WorkbenchScenario {

    /** A third official of 财政局 (the one StandInApiTest has), who hands a task to unit-a while unit-a is away. */
    static final String COLLEAGUE = "czj-3";

    @Autowired
    Absences absences;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void aColleagueAndNoAbsenceYet() {
        if (TestUsers.ensureOfficial(jdbc, COLLEAGUE, "李科员（财政局）", "13800000098", "CZJ", "UNIT")) {
            identitySync.syncToCamunda();
        }
        jdbc.sql("update task_absence set status = 'CANCELLED' where username in ('unit-a', 'head-a') and status in ('PLANNED', 'ACTIVE')")
                .update();
    }

    @Test
    void aStandInChosenFromTheUnitReceivesTheAbsentOfficialsTasksAndGivesThemBack() {
        String held = complaintTransferredToCzj();
        String heldTask = taskId("unit-a", held, "signFor");
        as("unit-a").post("/api/tasks/" + heldTask + "/claim");
        String handedOver = complaintTransferredToCzj();
        String newTask = taskId(COLLEAGUE, handedOver, "signFor");
        signInAs("unit-a");
        onPhone();

        open(AbsencePages.PATH);
        assertNoChineseInEnglish();
        setValue("from", "2026-03-03");
        setValue("to", "2026-03-04");
        fill("standIn", "head-a");
        fill("note", "外出培训");
        checkPage("workbench-absences");
        click(By.cssSelector("#absence-form button[type=submit]"));

        assertThat(waitFor(By.id("my-absences")).getText()).contains("2026-03-03 至 2026-03-04", "卫局长（财政局）", "尚未开始");
        checkPage("workbench-absences-marked");
        assertThat(assignee(heldTask)).as("not away yet").isEqualTo("unit-a");

        EngineClock.set(at(2026, 3, 3, 8, 0));
        absences.startAndEndDue();
        assertThat(assignee(heldTask)).isEqualTo("head-a");
        as(COLLEAGUE).post("/api/tasks/" + newTask + "/claim");
        Reply handover = as(COLLEAGUE).post("/api/tasks/" + newTask + "/handover", Map.of("to", "unit-a", "note", "请签收"));
        assertThat(handover.status()).as(handover.text()).isEqualTo(204);
        assertThat(assignee(newTask)).as("the absent official's new task").isEqualTo("head-a");
        assertThat(tasksOf("head-a", handedOver)).extracting(t -> t.get("assignee").asText()).containsExactly("head-a");
        assertDiagramMarksCurrent(handedOver, "signFor");
        open(AbsencePages.PATH);
        assertThat(waitFor(By.id("my-absences")).getText()).contains("进行中");

        EngineClock.set(at(2026, 3, 5, 8, 30));
        absences.startAndEndDue();
        assertThat(assignee(heldTask)).isEqualTo("unit-a");
        assertThat(assignee(newTask)).isEqualTo("unit-a");
        open(AbsencePages.PATH);
        assertThat(pageText()).contains("尚无请假登记");
        assertNoBrowserErrors();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    /** A date input takes typed keys in the browser's locale; the value is what a person picks. */
    private void setValue(String name, String value) {
        WebElement input = waitFor(By.name(name));
        browser().executeScript("arguments[0].value = arguments[1]", input, value);
    }
}
