package org.bihuan.web.complaint;

import org.bihuan.lifecycle.TrackingLimitsForTests;
import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise's walk in a real browser: it files a complaint with two attachments through the form on a phone
 * and gets the receipt; answers intake's 补正 request on its case page; rates the unit's reply; anyone tracks the case
 * with the phone digits (and not without). Every page passes axe and shows, in English, no Chinese beyond the data.
 */
@RequiresChromium
class PortalWalkBrowserTest extends PortalScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The README's pictures are refreshed on request only (-Dbihuan.docs-screenshots=true), so a build leaves the tree clean. */
    private static final Path DOCS_SCREENSHOTS = Boolean.getBoolean("bihuan.docs-screenshots") ? Path.of("docs/screenshots")
            : SCREENSHOTS.resolve("docs");
    /** What the pages may show in Chinese in English too: what people typed, the accounts' and units' names. */
    private static final List<String> DATA = List.of("王经理（杭州甲乙科技有限公司）", "杭州甲乙科技有限公司", "杭州市西湖区文三路 1 号", "王经理",
            "某市城市建设集团有限公司", "市本级", "杭州市上城区解放路 2 号", "刘主任", "完成软件开发项目并验收合格，对方逾期一年未付款。",
            SUPPLEMENT_REASON, REPLY, "市财政局", "验收单已补充。", "回复及时，问题解决。", "中文");

    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void noTrackingAttemptsYet() {
        TrackingLimitsForTests.forgetAttempts(context);
    }

    @Test
    void anEnterpriseFilesWithTwoFilesOnAPhoneAnswersTheSupplementRatesTheReplyAndAnyoneTracksIt() throws IOException {
        signInAs("ent-a");
        onPhone();

        open("/portal/complaints/new");
        assertThat(browser().findElement(By.name("complainant.creditCode")).getAttribute("value")).isEqualTo("91330100MA2X7K1L1G");
        Map<String, String> enterprise = enterpriseStep();
        enterprise.remove("complainant.creditCode");
        enterprise.forEach(this::fill);
        checkPage("portal-complaint-form-phone");
        Files.createDirectories(DOCS_SCREENSHOTS);
        Files.copy(SCREENSHOTS.resolve("portal-complaint-form-phone.png"), DOCS_SCREENSHOTS.resolve("portal-complaint-form-phone.png"),
                StandardCopyOption.REPLACE_EXISTING);
        next();

        respondentStep().forEach(this::fill);
        checkPage("portal-complaint-respondent-phone");
        next();

        Map<String, String> claim = claimStep();
        setDate("contractDate", claim.remove("contractDate"));
        setDate("paymentDueDate", claim.remove("paymentDueDate"));
        claim.forEach(this::fill);
        checkPage("portal-complaint-claim-phone");
        next();

        assertThat(pageText()).contains("PDF、JPEG、PNG", "10 MB");
        Path contract = evidence("contract.pdf", "%PDF-1.4\n% contract\n%%EOF\n");
        Path invoice = evidence("invoice.pdf", "%PDF-1.4\n% invoice\n%%EOF\n");
        browser().findElement(By.id("f-file")).sendKeys(contract + "\n" + invoice);
        click(By.cssSelector("#evidence-upload button[type=submit]"));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#evidence .draft-files li"), 2));
        assertThat(pageText()).contains("contract.pdf", "invoice.pdf");
        checkPage("portal-complaint-evidence-phone");
        next();

        click(By.id("f-inLitigation"));
        checkPage("portal-complaint-declaration-phone");
        click(By.cssSelector("button[value=submit]"));

        String caseNo = waitFor(By.id("tracking-no")).getText();
        assertThat(caseNo).matches("TS\\d{4}-\\d{6}");
        assertThat(pageText()).contains("投诉已提交", "受理审查期限", "打印回执");
        checkPage("portal-receipt-phone");
        assertNoChineseInEnglish();

        inTheOffice();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", SUPPLEMENT_REASON));
        open("/portal/complaints");
        assertThat(pageText()).contains(caseNo, "待补正", "补正材料");
        checkPage("portal-complaints");
        assertNoChineseInEnglish();
        click(By.linkText(caseNo));
        assertThat(pageText()).contains(SUPPLEMENT_REASON, "证明材料（2 个）");
        assertNoChineseInEnglish();
        fill("note", "验收单已补充。");
        browser().findElement(By.id("f-file")).sendKeys(evidence("acceptance.pdf", "%PDF-1.4\n% acceptance\n%%EOF\n").toString());
        checkPage("portal-case-supplement");
        click(By.cssSelector("#supplement-form button[type=submit]"));
        assertThat(pageText()).contains("补正材料已提交", "证明材料（3 个）", "acceptance.pdf");

        complaintReplied(caseNo);
        open("/portal/complaints/" + caseNo);
        assertThat(pageText()).contains(REPLY, "达成还款计划", "市财政局");
        assertNoChineseInEnglish();
        click(By.id("f-satisfaction"));
        fill("comment", "回复及时，问题解决。");
        checkPage("portal-case-page");
        // the README's picture: what the office screen shows first, not the whole long page
        browser().executeScript("window.scrollTo(0, 0)");
        Files.write(DOCS_SCREENSHOTS.resolve("portal-case-page.png"), browser().getScreenshotAs(OutputType.BYTES));
        click(By.cssSelector("#evaluation-form button[type=submit]"));
        assertThat(pageText()).contains("感谢您的评价", "满意");

        onPhone();
        open("/track");
        fill("no", caseNo);
        fill("phone", "9999");
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(waitFor(By.id("track-not-found")).getText()).contains("没有找到");
        fill("phone", "0001");
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(waitFor(By.id("tracked-status")).getText()).isEqualTo("已办结");
        assertThat(pageText()).contains(caseNo, "提交", "状态变为“已受理”", "状态变为“已办结”").doesNotContain("13800000001");
        checkPage("portal-track-phone");
        assertNoChineseInEnglish();
        assertNoBrowserErrors();
    }

    private void next() {
        click(By.cssSelector("button[value=next]"));
    }

    /** Chromium's date input takes typed keys in the browser's locale; the value itself is what a person picks. */
    private void setDate(String name, String isoDate) {
        WebElement input = waitFor(By.name(name));
        browser().executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }

    private void checkPage(String screenshot) {
        screenshot(screenshot);
        assertAccessible();
    }

    /** The same page in English: not one Han character outside the data people typed and the accounts' names. */
    private void assertNoChineseInEnglish() {
        String url = browser().getCurrentUrl();
        String path = url.substring(url.indexOf('/', "http://".length()));
        String english = path + (path.contains("?") ? "&" : "?") + "lang=en";
        open(english);
        String text = pageText();
        for (String data : DATA) {
            text = text.replace(data, "");
        }
        // the list also shows the enterprise's complaints that other scenarios filed: their typed names are data too
        // and official documents are numbered and addressed in Chinese (受〔2026〕1号): data, not page words
        for (String data : jdbc.sql("""
                select respondent_name from complaint union select title from case_file
                union select document_no from official_document union select addressee_name from official_document""")
                .query(String.class).list()) {
            text = text.replace(data, "");
        }
        assertThat(HAN.matcher(text).find()).as("Chinese on %s in English:%n%s", english, text).isFalse();
        assertAccessible();
        open(path + (path.contains("?") ? "&" : "?") + "lang=zh-CN");
    }

    private static Path evidence(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/test-evidence"));
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toAbsolutePath();
    }
}
