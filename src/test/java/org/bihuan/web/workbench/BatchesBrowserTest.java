package org.bihuan.web.workbench;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches in a real browser: after the plenary the committee registers and assigns proposals in one table, choosing
 * lead and co-units from lists, and reads the report (a row without lead unit is refused next to its field, the others
 * go through); it opens a unit's 交办清单 to print. A supervisor sends one 催办 to every overdue step of a unit.
 */
@RequiresChromium
class BatchesBrowserTest extends WorkbenchScenario {

    @Test
    void theCommitteeRegistersAndAssignsThreeProposalsInOneBatchAndOneBadRowIsReported() {
        String first = proposal("member", "关于完善社区养老服务的建议");
        String second = proposal("member2", "关于加强中小学校园安全的建议");
        String third = proposal("member", "关于推进垃圾分类的建议");
        String bad = proposal("member2", "关于改善公交线路的建议");
        signInAs("committee");

        open(ProposalBatchPages.PATH);
        assertNoChineseInEnglish();
        choose(first, "CZJ", List.of("GZW"), "LEAD");
        choose(second, "GZW", List.of(), "LEAD");
        choose(third, "GXJ", List.of("CZJ", "GZW"), "SPLIT");
        choose(bad, "", List.of("CZJ"), "LEAD");
        checkPage("workbench-batch-proposals-chosen");
        click(By.cssSelector("#batch-form button[type=submit]"));

        waitFor(By.id("batch-outcome"));
        assertThat(pageText()).contains("本批办理结果：完成 3 件，未完成 1 件", "主办单位：必须填写");
        for (String done : List.of(first, second, third)) {
            assertThat(browser().findElement(By.cssSelector("[data-outcome='" + done + "']")).getText()).contains("已立案并交办");
            assertThat(browser().findElements(By.cssSelector("tr[data-case-no='" + done + "']"))).as("%s left the table", done).isEmpty();
        }
        assertThat(browser().findElement(By.cssSelector("[data-outcome='" + bad + "']")).getText()).contains("已立案，但未交办");
        assertThat(waitFor(By.id("f-leadUnit-" + bad + "-error")).getText()).isEqualTo("必须填写");
        checkPage("workbench-batch-proposals");
        assertDiagramMarksCurrent(first, "signFor");
        assertDiagramMarksCurrent(second, "signFor");
        assertDiagramMarksCurrent(third, "signFor");
        assertDiagramMarksCurrent(bad, "assign");
        assertThat(tasksOf("unit-b", first)).extracting(t -> t.get("taskKey").asText()).containsExactly("signFor");

        click(By.linkText("市财政局 今日交办清单"));
        waitFor(By.id("assignment-list"));
        assertThat(pageText()).contains("交办清单：市财政局", first, "主办", third, "分办", "关于完善社区养老服务的建议");
        checkPage("workbench-assignment-list");
        browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser().findElement(By.cssSelector("header.app-header")).isDisplayed()).as("the header on paper").isFalse();
        assertThat(browser().findElement(By.cssSelector("[data-print]")).isDisplayed()).as("the print button on paper").isFalse();
        assertThat(browser().findElement(By.cssSelector(".print-signature")).isDisplayed()).as("the signature lines on paper").isTrue();
        browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertNoChineseInEnglish();
        assertNoBrowserErrors();
    }

    @Test
    void aSupervisorRemindsEveryOverdueStepOfAUnitAtOnce() {
        String late = complaintTransferredToCzj();
        complete("unit-a", late, "signFor", Map.of("decision", "SIGN"));
        timePasses(late, at(2026, 4, 1, 17, 31));
        signInAs("supervisor");
        onPhone();

        open(UnitReminderPages.PATH);
        fill("unit", "CZJ");
        click(By.cssSelector("#unit-form button[type=submit]"));
        waitFor(By.cssSelector("#overdue-steps tr[data-case-no='" + late + "']"));
        checkPage("workbench-batch-reminders");
        assertNoChineseInEnglish();
        fill("note", "请本周内办结");
        click(By.cssSelector("#remind-form button[type=submit]"));

        waitFor(By.id("reminders-sent"));
        assertThat(browser().findElement(By.cssSelector("#reminders-sent tr[data-case-no='" + late + "']")).getText())
                .contains("办理并答复", "已记录：超期催办");
        checkPage("workbench-batch-reminders-sent");
        assertDiagramMarksCurrent(late, "handle");
        assertNoBrowserErrors();
    }

    /** Ticks the proposal's row and chooses its units and mode from the row's lists. */
    private void choose(String proposalNo, String leadUnit, List<String> coUnits, String mode) {
        click(By.id("f-include-" + proposalNo));
        waitUntil(ExpectedConditions.elementToBeSelected(By.id("f-include-" + proposalNo)));
        fill("leadUnit." + proposalNo, leadUnit);
        coUnits.forEach(unit -> fill("coUnits." + proposalNo, unit));
        fill("mode." + proposalNo, mode);
    }
}
