package org.bihuan.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.lifecycle.Ledgers;
import org.bihuan.support.BrowserScenario;
import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator in a real Chromium: keeps the CPPCC session of the year, then brings two open complaints of the
 * office's Excel ledger in — one at 办理 (the unit's handling), one at 回访 (the phone follow-up). A first ledger with a
 * mistake is refused by the dry run, the corrected one passes it and is imported as one batch; each complaint then goes
 * on to its end through the API. Every page passes the axe check; screenshots target/screenshots/admin-*.png.
 */
@RequiresChromium
class AdminImportBrowserTest extends BrowserScenario {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 12, 16);

    @Test
    void theAdministratorImportsTwoOpenComplaintsFromTheLedgerAndEachGoesOnToItsEnd() throws IOException {
        signInAs("admin");
        long sessionId = keepsTheSessionOfTheYear();
        try {
            // a ledger with a mistake: the dry run names it, nothing is stored
            long casesBefore = jdbc.sql("select count(*) from case_file").query(Long.class).single();
            open("/admin/import");
            assertThat(pageText()).contains("台账案件导入", "检查台账", "台账列格式");
            assertAccessible();
            screenshot("admin-import");
            Map<String, Object> handling = Ledgers.complaint("TS2024-000801", "办理", RECEIVED, LocalDate.of(2026, 2, 20), "市财政局");
            Map<String, Object> followUp = Ledgers.replied(
                    Ledgers.complaint("清欠〔2024〕29号", "回访", RECEIVED.plusDays(3), LocalDate.of(2026, 3, 2), "GZW"),
                    "达成还款计划", 80000, "已督促丙丁贸易分三期付款，首期 8 万元已到账。");
            upload(List.of(handling, Ledgers.with(followUp, "承办单位", "市交通局")));
            waitFor(By.id("dry-run"));
            assertThat(pageText()).contains("共 2 行，1 行可以导入，1 个问题", "承办单位：“市交通局”不是承办单位的代码或名称。",
                    "只要还有问题，一件也不会导入");
            assertThat(browser().findElements(By.name("token"))).isEmpty();
            assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isEqualTo(casesBefore);
            assertAccessible();
            screenshot("admin-import-problems");

            // the corrected ledger passes the dry run and is imported as one batch
            upload(List.of(handling, followUp));
            waitFor(By.id("dry-run"));
            assertThat(pageText()).contains("共 2 行，2 行可以导入，0 个问题", "清欠〔2024〕29号 不符合本系统的编号规则",
                    "2 件案件都没有问题，可以作为一批导入。");
            assertAccessible();
            screenshot("admin-import-dry-run");
            click(By.xpath("//button[normalize-space()='导入这 2 件']"));
            waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已导入 2 件案件。"));
            List<String> caseNumbers = browser().findElements(By.cssSelector("main table tbody tr td:nth-child(2)")).stream()
                    .map(e -> e.getText()).toList();
            assertThat(caseNumbers).hasSize(2);
            String atHandling = caseNumbers.get(0);
            String atFollowUp = caseNumbers.get(1);
            assertThat(atHandling).isEqualTo("TS2024-000801");
            assertThat(atFollowUp).matches("TS2024-\\d{6}");
            assertThat(pageText()).contains("办理并答复", "电话回访", "办理中", "已答复", "未变动", "撤销导入");
            assertAccessible();
            screenshot("admin-import-batch");
            String batchPage = browser().getCurrentUrl();

            // each goes on to its end: 办理 → the complainant's rating → 办结; 回访 → 办结
            complete("unit-a", atHandling, "handle", Map.of("outcome", "PAID_IN_FULL", "amountRecovered", 286000,
                    "reply", "经协调，丙丁贸易已全额支付欠款。"));
            complete("ent-a", atHandling, "evaluate", Map.of("satisfaction", "SATISFIED"));
            complete("intake", atFollowUp, "followUpCall", Map.of("satisfaction", "SATISFIED", "comment", "企业表示满意。"));

            JsonNode handled = as("admin").get("/api/complaints/" + atHandling).json();
            JsonNode followedUp = as("admin").get("/api/complaints/" + atFollowUp).json();
            assertThat(handled.get("status").asText()).isEqualTo("CLOSED");
            assertThat(followedUp.get("status").asText()).isEqualTo("CLOSED");
            assertThat(followedUp.get("outcome").asText()).isEqualTo("REPAYMENT_PLAN");
            assertThat(timeline(handled)).contains("IMPORTED:收到投诉（来信）", "IMPORTED:受理", "STATUS:IN_HANDLING", "STATUS:REPLIED",
                    "STATUS:CLOSED");
            assertThat(timeline(followedUp)).contains("IMPORTED:收到投诉（来信）", "STATUS:REPLIED", "STATUS:CLOSED");
            assertThat(String.join("|", timeline(followedUp))).contains("台账编号 清欠〔2024〕29号");
            assertThat(outbox(atHandling)).contains("complaint.result->ent-a", "complaint.closed->ent-a");
            assertThat(outbox(atFollowUp)).contains("complaint.closed->ent-a").doesNotContain("complaint.result->ent-a");
            assertThat(as("admin").get("/actuator/health").json().at("/components/deadlineWatch/details/unwatchedSteps").asInt())
                    .isZero();

            // the batch now shows how its cases moved, and can no longer be undone
            browser().get(batchPage);
            waitForPage();
            assertThat(pageText()).contains("流程已结束", "本批已有案件有进展，不能再撤销。");
            assertThat(browser().findElements(By.xpath("//button[normalize-space()='撤销导入']"))).isEmpty();
            assertAccessible();
            assertNoBrowserErrors();
        } finally {
            as("admin").delete("/api/admin/sessions/" + sessionId);
        }
    }

    /**
     * The administrator enters this year's session: a recess ending before the plenary is refused with its field named,
     * the corrected one is saved and shown as open today. It has no proposal, so the test removes it at the end.
     */
    private long keepsTheSessionOfTheYear() {
        open("/admin/sessions");
        fill("term", "7");
        fill("meeting", "4");
        day("plenaryOpens", "2026-01-06");
        day("plenaryCloses", "2026-01-10");
        day("recessEnds", "2026-01-08");
        click(By.cssSelector("main form button[type=submit]"));
        waitFor(By.id("f-recessEnds-error"));
        assertThat(pageText()).contains("应晚于大会提交提案截止日期");
        assertAccessible();
        day("recessEnds", "2026-12-31");
        click(By.cssSelector("main form button[type=submit]"));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已保存：七届四次会议"));
        assertThat(pageText()).contains("今天在七届四次会议的闭会期间。");
        assertAccessible();
        screenshot("admin-sessions");
        long id = jdbc.sql("select id from cppcc_session where term = 7 and meeting = 4").query(Long.class).single();
        click(By.xpath("//a[contains(., '七届四次会议')]"));
        waitFor(By.xpath("//h1[normalize-space()='七届四次会议']"));
        assertThat(pageText()).contains("本会次已有 0 件提案，编号年度为 2026。", "删除会次");
        assertAccessible();
        screenshot("admin-sessions-edit");
        return id;
    }

    /** A date input takes keystrokes in the browser's own order of day, month and year: its value is set as a date picker sets it. */
    private void day(String name, String isoDate) {
        browser().executeScript("arguments[0].value = arguments[1]", waitFor(By.name(name)), isoDate);
    }

    /** Chooses the complaint type and the ledger as an XLSX file, and runs the dry run. */
    private void upload(List<Map<String, Object>> rows) throws IOException {
        Path file = Files.createTempFile("台账", ".xlsx");
        Files.write(file, Ledgers.xlsx(Ledgers.COMPLAINT_HEADERS, rows));
        fill("type", "COMPLAINT");
        waitFor(By.id("f-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.xpath("//button[normalize-space()='试运行检查（不保存）']"));
        Files.deleteIfExists(file);
    }

    private static List<String> timeline(JsonNode view) {
        List<String> entries = new ArrayList<>();
        view.get("timeline").forEach(e -> entries.add(e.get("type").asText() + ":" + e.path("note").asText()));
        return entries;
    }

    private List<String> outbox(String caseNo) {
        return jdbc.sql("select template, recipient_username from notification where body like ? order by id")
                .param("%" + caseNo + "%")
                .query((rs, i) -> rs.getString("template") + "->" + rs.getString("recipient_username")).list();
    }
}
