package org.bihuan.web.workbench;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' walk in a real browser: intake accepts a complaint on its task page with the complainant and the amount
 * beside the form, transfers it choosing the unit from the list with the routing table's suggestion preselected; unit-a
 * signs for it and replies on its task pages (the reply kept as a draft and found again on reopening). After each step
 * the case page's diagram marks the step the case is in. Every page passes axe, loads form-js and bpmn-js without a
 * console error (a CSP refusal would be one), and shows, in English, no Chinese outside the data.
 */
@RequiresChromium
class WorkbenchBrowserTest extends WorkbenchScenario {

    /** The README's picture is refreshed on request only (-Dbihuan.docs-screenshots=true), so a build leaves the tree clean. */
    private static final Path DOCS_SCREENSHOTS = Boolean.getBoolean("bihuan.docs-screenshots") ? Path.of("docs/screenshots")
            : SCREENSHOTS.resolve("docs");
    /** What this walk's people type, which the English pages show as typed. */
    private static final String[] TYPED = {COMPLAINANT, RESPONDENT, DESCRIPTION, "王经理", "刘主任", "市本级", "杭州市西湖区文三路 1 号",
            "请财政局牵头协调支付。", "内部：已电话核实合同。", "中文", "城乡建设", "老旧小区缺少电梯，老人出行困难。",
            "资金和协调机制不足。", "一是财政补贴；二是简化审批；三是建立维护基金。", "与提案人座谈，商定加装电梯补贴方案。"};
    private static final String REPLY = "经协调，建设局同意分两期支付工程款，首期已于本月支付。";

    @Test
    void intakeAcceptsAndTransfersOnItsTaskPagesUnitASignsAndRepliesAndTheDiagramFollows() throws IOException {
        String caseNo = fileComplaint(false);
        signInAs("intake");

        open("/workbench");
        assertThat(browser().getCurrentUrl()).endsWith("/workbench/tasks");
        // the shared database holds other tests' tasks for intake, some due earlier: the clerk searches the number
        open("/workbench/tasks?q=" + caseNo);
        WebElement row = waitFor(By.xpath("//li[contains(@class,'inbox-row')][.//a[contains(.,'" + caseNo + "')]]"));
        assertThat(row.getText()).contains("受理审查", "投诉", "尚未签收", "还剩");
        checkPage("workbench-inbox");
        // the header's count follows the inbox without a reload: a new complaint, and the window gets the focus back
        int before = Integer.parseInt(waitFor(By.cssSelector("header .nav-count .badge")).getText());
        browser().executeScript("window.stillThisPage = true");
        fileComplaint(false);
        browser().executeScript("window.dispatchEvent(new Event('focus'))");
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("header .nav-count .badge"), String.valueOf(before + 1)));
        assertThat(browser().executeScript("return window.stillThisPage")).isEqualTo(true);

        openTask(caseNo, "受理审查");
        assertThat(waitFor(By.id("complainant-name")).getText()).isEqualTo(COMPLAINANT);
        assertThat(waitFor(By.id("amount-owed")).getText()).contains(AMOUNT_SHOWN);
        assertThat(waitFor(By.id("complainant-verification")).getText()).isEqualTo("身份已核验");
        click(By.id("task-claim"));
        waitForForm();
        fill("text", "内部：已电话核实合同。");
        click(By.cssSelector("#comments button[type=submit]"));
        assertThat(waitFor(By.cssSelector("#comments .case-comment")).getText()).contains("内部：已电话核实合同。", "赵受理");
        chooseRadio("受理");
        besideEachOther(By.id("complainant-name"), By.id("task-form"));
        besideEachOther(By.id("amount-owed"), By.id("task-form"));
        checkPage("workbench-task-page");
        // the README's picture: what the office screen shows first, the case beside the form
        // (Bootstrap scrolls smoothly: an instant scroll, and no focused field to scroll back to)
        browser().executeScript("document.activeElement.blur(); window.scrollTo({top: 0, left: 0, behavior: 'instant'})");
        waitUntil(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.scrollY")).intValue() == 0);
        Files.createDirectories(DOCS_SCREENSHOTS);
        Files.write(DOCS_SCREENSHOTS.resolve("workbench-task-page.png"), browser().getScreenshotAs(OutputType.BYTES));
        assertNoChineseInEnglish(TYPED);
        waitForForm();
        chooseRadio("受理");
        complete();
        assertThat(waitFor(By.id("inbox-completed")).getText()).contains(caseNo);
        assertDiagram(caseNo, "transfer", "acceptReview");

        openTask(caseNo, "转办");
        click(By.id("task-claim"));
        waitForForm();
        assertThat(waitFor(By.id("suggestion-unitCode")).getText()).contains("市财政局");
        WebElement unit = fieldInput("承办单位");
        assertThat(unit.getAttribute("value")).isEqualTo("市财政局（建议）");
        List<String> offered = openList("承办单位");
        assertThat(offered).contains("市财政局（建议）", "市国资委", "市工业和信息化局");
        pick("市财政局（建议）");
        typeInto("转办说明", "请财政局牵头协调支付。");
        checkPage("workbench-task-transfer");
        complete();
        assertThat(waitFor(By.id("inbox-completed")).getText()).contains(caseNo);
        assertDiagram(caseNo, "signFor", "transfer");
        checkPage("workbench-case-page");
        assertNoChineseInEnglish(TYPED);
        signOut();

        signInAs("unit-a");
        openTask(caseNo, "签收");
        click(By.id("task-claim"));
        waitForForm();
        chooseRadio("签收");
        complete();
        assertDiagram(caseNo, "handle", "signFor");

        onPhone();
        openTask(caseNo, "办理并答复");
        click(By.id("task-claim"));
        waitForForm();
        openList("办理结果");
        pick("达成还款计划");
        typeInto("已追回金额（元）", "300000");
        typeInto("答复意见", REPLY);
        click(By.id("task-save-draft"));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("task-draft-status"), "草稿已保存"));
        checkPage("workbench-task-page-phone");

        // the draft is on the server: the page opened again shows what was typed
        open(path());
        waitForForm();
        assertThat(pageText()).contains("已恢复");
        assertThat(fieldInput("答复意见").getAttribute("value")).isEqualTo(REPLY);
        assertThat(fieldInput("已追回金额（元）").getAttribute("value")).isEqualTo("300000");
        complete();
        assertThat(waitFor(By.id("inbox-completed")).getText()).contains(caseNo);
        checkPage("workbench-inbox-phone");
        assertDiagram(caseNo, "evaluate", "handle");
        inTheOffice();
        assertThat(pageText()).contains(REPLY, "达成还款计划", "300000");
        assertNoBrowserErrors();
    }

    @Test
    void theServersRefusalOfAFieldShowsOnThatField() {
        String caseNo = fileComplaint(true);
        signInAs("intake");
        open("/workbench/tasks?q=" + caseNo);
        openTask(caseNo, "受理审查");
        click(By.id("task-claim"));
        waitForForm();
        assertThat(waitFor(By.id("litigation-promise")).getText()).contains("已进入诉讼");
        assertNoBrowserErrors();
        chooseRadio("受理");
        click(By.id("task-submit"));

        WebElement summary = waitFor(By.id("task-form-errors"));
        assertThat(summary.getText()).contains("审查结论", "不能受理");
        WebElement decision = field("审查结论");
        WebElement error = decision.findElement(By.cssSelector(".fjs-form-field-error"));
        assertThat(error.getText()).contains("不能受理");
        // tied to its field: the radios name the message as their description, the summary links to the field
        String describedBy = decision.findElement(By.cssSelector("input")).getAttribute("aria-describedby");
        assertThat(Arrays.asList(describedBy.split(" "))).contains(error.getAttribute("id"));
        String target = summary.findElement(By.cssSelector("a")).getAttribute("href");
        assertThat(target.substring(target.indexOf('#') + 1)).isNotBlank();
        assertThat(browser().findElement(By.id(target.substring(target.indexOf('#') + 1))).isDisplayed()).isTrue();
        assertAccessible();
        screenshot("workbench-task-refused");
        List<String> errors = consoleErrors();
        assertThat(errors).as("the one console line is the refused request itself").allMatch(e -> e.contains("400"));
        assertThat(browser().getCurrentUrl()).contains("/workbench/tasks/");
    }

    @Test
    void aUnitRecordsTheConsultationOfAProposalOnItsTaskPageWithTheDatePicker() {
        String proposalNo = proposalInHandlingAtCzj();
        signInAs("unit-a");
        openTask(proposalNo, "面商");
        assertThat(waitFor(By.id("summary-heading")).getText()).isEqualTo("提案概要");
        assertThat(pageText()).contains(PROPOSAL_TITLE, "郑委员", "2026", "市财政局（主办）", "存在的问题", "具体建议", "一是财政补贴");
        click(By.id("task-claim"));
        waitForForm();
        WebElement date = fieldInput("面商日期");
        date.click();
        waitFor(By.cssSelector(".flatpickr-calendar.open"));
        date.sendKeys("03/05/2026");
        date.sendKeys(Keys.TAB);
        openList("面商方式");
        pick("座谈");
        typeInto("面商情况", "与提案人座谈，商定加装电梯补贴方案。");
        checkPage("workbench-task-proposal");
        assertNoBrowserErrors();
        complete();
        assertDiagram(proposalNo, "reply", "consult");
        assertThat(pageText()).contains("面商日期", "2026-03-05", "座谈");
        assertNoChineseInEnglish(TYPED);
        assertNoBrowserErrors();
    }

    // ----------------------------------------------------------------------------------------------------------------

    private void openTask(String caseNo, String step) {
        open("/workbench/tasks?q=" + caseNo);
        click(By.xpath("//li[contains(@class,'inbox-row')][.//a[contains(.,'" + caseNo + "')]][.//dd[normalize-space()='" + step
                + "']]//a[contains(@class,'btn-primary')]"));
        waitFor(By.id("task-form"));
    }

    private void complete() {
        click(By.id("task-submit"));
        waitUntil(ExpectedConditions.urlContains("/workbench/tasks?completed="));
        waitForPage();
    }

    /** The form-js field whose label is this text. */
    private WebElement field(String label) {
        return waitFor(By.xpath("//div[@id='task-form']//label[normalize-space(text()[1])='" + label
                + "']/ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
    }

    private WebElement fieldInput(String label) {
        return field(label).findElement(By.cssSelector("input:not([type=hidden]), textarea"));
    }

    private void chooseRadio(String option) {
        WebElement label = waitFor(By.xpath("//div[@id='task-form']//label[normalize-space()='" + option + "']"));
        WebElement input = browser().findElement(By.id(label.getAttribute("for")));
        browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", input);
        waitUntil(d -> input.isSelected());
    }

    /** Opens a form-js list (select, searchable select) as a person does, with the mouse; answers the options shown. */
    private List<String> openList(String label) {
        // a searchable list opens from its text input, a plain one from the box showing the choice; a plain one that got
        // the focus (Tab from the field before) is open already, and a press would close it
        WebElement field = field(label);
        if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
            List<WebElement> search = field.findElements(By.cssSelector("input.fjs-input[type=text]"));
            press(search.isEmpty() ? field.findElement(By.cssSelector(".fjs-input-group")) : search.get(0));
        }
        waitFor(By.cssSelector("#task-form .fjs-dropdownlist-item"));
        return browser().findElements(By.cssSelector("#task-form .fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
    }

    private void pick(String option) {
        WebElement item = waitFor(By.xpath("//div[@id='task-form']//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='"
                + option + "']"));
        press(item);
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#task-form .fjs-dropdownlist")));
    }

    /**
     * A mouse press, which form-js's lists listen to (not to a click). Sent through script after scrolling the element to
     * the middle: with the phone's viewport emulated, a press at computed coordinates can land elsewhere.
     */
    private void press(WebElement element) {
        browser().executeScript("""
                arguments[0].scrollIntoView({block: 'center'});
                if (arguments[0].tagName === 'INPUT') { arguments[0].focus(); }
                arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, view: window}));
                """, element);
    }

    /** Types into a text field and leaves it, as form-js takes a typed value when the field loses the focus. */
    private void typeInto(String label, String text) {
        WebElement input = fieldInput(label);
        // focused through script: a click at computed coordinates can land elsewhere in the emulated phone viewport
        browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** The case page's diagram marks the step the case is in now and, among the passed ones, the step before it. */
    private void assertDiagram(String caseNo, String current, String passed) {
        open("/workbench/cases/" + caseNo);
        WebElement diagram = waitFor(By.id("case-diagram"));
        waitUntil(ExpectedConditions.attributeToBe(diagram, "data-ready", "true"));
        assertThat(diagram.getAttribute("data-current").split(" ")).contains(current);
        assertThat(diagram.getAttribute("data-passed").split(" ")).contains(passed).doesNotContain(current);
        // bpmn-js's canvas carries the markers on the drawn elements
        assertThat(browser().findElements(By.cssSelector("#case-diagram .djs-element.case-current[data-element-id='" + current + "']")))
                .hasSize(1);
        assertThat(browser().findElements(By.cssSelector("#case-diagram .djs-element.case-passed[data-element-id='" + passed + "']")))
                .hasSize(1);
        assertAccessible();
    }

    /** The two are side by side: the second to the right of the first, their heights overlapping on the screen. */
    private void besideEachOther(By left, By right) {
        Rectangle a = browser().findElement(left).getRect();
        Rectangle b = browser().findElement(right).getRect();
        assertThat(b.getX()).as("%s right of %s", right, left).isGreaterThanOrEqualTo(a.getX() + a.getWidth());
        assertThat(a.getY() < b.getY() + b.getHeight() + 600 && b.getY() < a.getY() + a.getHeight() + 600)
                .as("%s and %s on the same screen", left, right).isTrue();
    }

    private void signOut() {
        click(By.cssSelector("form[action='/logout'] button"));
        waitFor(By.cssSelector("a[href='/login']"));
    }

    private String path() {
        String url = browser().getCurrentUrl();
        return url.substring(url.indexOf('/', "http://".length()));
    }

    private List<String> consoleErrors() {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
