package org.bihuan.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bihuan.complaint.ComplaintFixtures;
import org.bihuan.support.BrowserScenario;
import org.bihuan.support.CaseTimers;
import org.bihuan.support.RequiresChromium;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in Chromium: a complaint transferred to a unit of this test's own (看板浏览器测试局, DSB) misses its
 * one-working-day sign-for deadline; eight working days later the supervisor finds it in the overdue chart's table,
 * follows its number to exactly that case, issues a 督办书 from the page and downloads the numbered letter; the unit's
 * head sees that unit only; a leader writes a 批示 on a key proposal and the lead unit reads it. Axe on every page,
 * no console error (ECharts under the Content-Security-Policy), screenshots target/screenshots/dashboard*.png.
 */
@RequiresChromium
class DashboardInTheBrowserTest extends BrowserScenario {

    static final String UNIT = "DSB";
    static final String UNIT_NAME = "看板浏览器测试局";
    static final String HEAD = "dsb-head";
    /** The README's picture is refreshed on request only (-Dbihuan.docs-screenshots=true), so a build leaves the tree clean. */
    private static final Path DOCS_SCREENSHOTS = Boolean.getBoolean("bihuan.docs-screenshots") ? Path.of("docs/screenshots")
            : SCREENSHOTS.resolve("docs");

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void aUnitOfItsOwnWithAHead() {
        if (jdbc.sql("select count(*) from unit where code = ?").param(UNIT).query(Long.class).single() == 0) {
            jdbc.sql("insert into unit (code, name, kind) values (?, ?, 'HANDLING')").params(UNIT, UNIT_NAME).update();
        }
        if (jdbc.sql("select count(*) from app_user where username = ?").param(HEAD).query(Long.class).single() == 0) {
            jdbc.sql("""
                            insert into app_user (username, password_hash, display_name, email, phone, unit_code, enabled, unit_head)
                            values (?, ?, '吕局长（看板测试局）', 'dsb-head@demo.bihuan.local', '13800000099', ?, true, true)""")
                    .params(HEAD, new BCryptPasswordEncoder().encode(TestUsers.PASSWORD), UNIT).update();
            jdbc.sql("insert into app_user_role (username, role) values (?, 'UNIT')").param(HEAD).update();
        }
        identitySync.syncToCamunda();
    }

    @Test
    void theSupervisorFindsTheOverdueCaseFollowsItsNumberAndIssuesASupervisionLetterFromThePage() throws IOException, InterruptedException {
        String caseNo = overdueAtTheTestUnit();

        signInAs("supervisor");
        open("/dashboard");
        waitFor(By.cssSelector("#chart-overdue canvas"));
        // the unit's row of the overdue table: its one case is 6 working days late (4, 5, 6, 9, 10, 11 March)
        WebElement sixToTen = waitFor(By.xpath("//table[@data-chart='stacked-bar']//tr[th[normalize-space()='" + UNIT_NAME + "']]/td[2]/a"));
        assertThat(sixToTen.getText()).isEqualTo("1");
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("dashboard");
        // the README's picture: one office screen of the dashboard from the overdue chart on
        Number top = (Number) browser().executeScript(
                "return document.getElementById('section-overdue').getBoundingClientRect().top + window.scrollY - 16");
        Map<String, Object> shot = browser().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", top, "width", OFFICE.width, "height", OFFICE.height, "scale", 1)));
        Files.createDirectories(DOCS_SCREENSHOTS);
        Files.write(DOCS_SCREENSHOTS.resolve("dashboard.png"), Base64.getDecoder().decode((String) shot.get("data")));

        // the number leads to the workbench's case search; its criteria find exactly that case
        click(By.xpath("//table[@data-chart='stacked-bar']//tr[th[normalize-space()='" + UNIT_NAME + "']]/td[2]/a"));
        URI followed = URI.create(browser().getCurrentUrl());
        assertThat(followed.getPath()).isEqualTo("/workbench/cases");
        assertThat(casesFoundBy(followed)).containsExactly(caseNo);
        assertThat(pageText()).contains(caseNo);
        assertAccessible();
        assertNoBrowserErrors();

        // 督办 from the overdue list, narrowed to the unit: the form, the ledger line, the numbered letter
        open("/dashboard?unit=" + UNIT);
        assertThat(pageText()).contains(caseNo);
        click(By.cssSelector("a[href='/dashboard/supervise/" + caseNo + "']"));
        fill("level", "SUPERVISION_LETTER");
        fill("note", "请于三个工作日内签收并报告超期原因。");
        assertAccessible();
        screenshot("dashboard-supervise");
        click(By.cssSelector("main form button[type=submit]"));
        WebElement letter = waitFor(By.id("letter-download"));
        assertThat(pageText()).contains("督〔2026〕");
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("dashboard-letter");

        HttpResponse<byte[]> pdf = withTheBrowsersCookies(letter.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("督办通知书", UNIT_NAME, caseNo, "请于三个工作日内签收并报告超期原因");
        }

        // the ledger, the notices and the reports: lists with filters, accessible
        open("/dashboard/ledger?caseNo=" + caseNo);
        assertThat(pageText()).contains("请于三个工作日内签收并报告超期原因");
        assertAccessible();
        screenshot("dashboard-ledger");
        open("/dashboard/notices");
        assertAccessible();
        open("/dashboard/reports");
        assertAccessible();
        screenshot("dashboard-reports");
        open("/dashboard?lang=en");
        waitFor(By.cssSelector("#chart-weekly canvas"));
        assertThat(browser().findElements(By.cssSelector("main h1, main h2")).stream().map(WebElement::getText))
                .allSatisfy(heading -> assertThat(heading).doesNotContainPattern("\\p{IsHan}"));
        assertAccessible();
        assertNoBrowserErrors();
        open("/dashboard?lang=zh-CN");
    }

    @Test
    void theUnitsHeadSeesThatUnitOnlyAtTheOfficeAndOnAPhone() {
        String caseNo = overdueAtTheTestUnit();

        signInAs(HEAD);
        open("/dashboard");
        waitFor(By.cssSelector("#chart-overdue canvas"));
        List<String> units = browser().findElements(By.cssSelector("table[data-chart='stacked-bar'] tbody th")).stream()
                .map(WebElement::getText).toList();
        assertThat(units).containsExactly(UNIT_NAME);
        assertThat(pageText()).contains(caseNo, "统计范围：" + UNIT_NAME).doesNotContain("市财政局", "市国资委");
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("dashboard-unit-head");

        onPhone();
        open("/dashboard");
        waitFor(By.cssSelector("#chart-overdue canvas"));
        assertAccessible();
        screenshot("dashboard-phone");

        inTheOffice();
        open("/dashboard?unit=CZJ");
        assertThat(pageText()).doesNotContain(caseNo);
        assertThat(browser().getTitle()).doesNotContain("督办看板");
    }

    @Test
    void theLeaderWritesAnInstructionOnAKeyProposalAndTheLeadUnitReadsIt() {
        String proposalNo = keyProposalLedByGzwSupervisedByTheLeader();
        String instruction = "请国资委牵头研究，月底前拿出方案。" + System.nanoTime();

        signInAs("leader");
        open("/dashboard/key-proposals");
        WebElement article = waitFor(By.id("kp-" + proposalNo));
        assertThat(article.getText()).contains("市国资委");
        WebElement note = article.findElement(By.tagName("textarea"));
        note.sendKeys(instruction);
        assertAccessible();
        click(By.cssSelector("#kp-" + proposalNo + " form button[type=submit]"));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main [role=status]"), proposalNo));
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("dashboard-key-proposals");

        // the lead unit reads it on the case's timeline and was told through the outbox
        Reply view = as("unit-b").get("/api/cases/" + proposalNo);
        assertThat(view.status()).as(view.text()).isEqualTo(200);
        List<String> notes = new ArrayList<>();
        view.json().get("timeline").forEach(event -> notes.add(event.path("note").asText()));
        assertThat(notes).anySatisfy(text -> assertThat(text).contains(instruction));
        assertThat(jdbc.sql("select recipient_username from notification where template = 'proposal.leaderInstruction' and body like ?")
                .param("%" + instruction + "%").query(String.class).list()).contains("unit-b", "head-b");
    }

    /** ent-a's complaint, accepted and transferred to DSB on Monday 2 March; nobody signs, and on Wednesday 11 March it is 6 working days late. */
    private String overdueAtTheTestUnit() {
        String caseNo = new ComplaintFixtures(context).transferredTo(UNIT);
        new CaseTimers(context).passTo(caseNo, at(2026, 3, 11, 10, 0));
        return caseNo;
    }

    private String keyProposalLedByGzwSupervisedByTheLeader() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "关于推进国企账款清欠的建议");
        body.put("content", "问题：部分国有企业拖欠中小企业账款。分析：清欠机制不健全。建议：建立清欠台账，按月通报进展，逐笔销号。");
        body.put("category", "经济建设");
        body.put("type", "INDIVIDUAL");
        Reply filed = as("member").post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String proposalNo = filed.json().get("proposalNo").asText();
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        Map<String, Object> assignment = new HashMap<>(Map.of("leadUnit", "GZW", "coUnits", List.of(), "mode", "LEAD"));
        assignment.put("key", true);
        assignment.put("supervisingLeader", "leader");
        complete("committee", proposalNo, "assign", assignment);
        return proposalNo;
    }

    /** The cases GET /api/cases lists for the query of a link the page led to. */
    private List<String> casesFoundBy(URI link) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/cases").query(link.getRawQuery()).queryParam("size", "100");
        Reply found = as("supervisor").get(query.build(true).toUri().toString());
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        found.json().get("items").forEach((JsonNode item) -> numbers.add(item.get("caseNo").asText()));
        return numbers;
    }

    /** A download as the browser would get it: with its session cookie, without a file dialog. */
    private HttpResponse<byte[]> withTheBrowsersCookies(String url) throws IOException, InterruptedException {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser().manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies.toString()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
