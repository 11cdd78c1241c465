package org.bihuan.web.workbench;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake clerk takes a complaint by phone for an enterprise without an account, in a real browser: a field the
 * rules refuse is shown next to it with the rest kept; filed, the case waits as "promise pending"; the clerk attaches
 * the signed promise and the case goes on to acceptance review. The enterprise hears by SMS and tracks the case.
 */
@RequiresChromium
class OnBehalfFilingBrowserTest extends WorkbenchScenario {

    @Test
    void aClerkFilesAPhoneComplaintForAnEnterpriseWithoutAnAccountAndAttachesThePromise() throws IOException {
        String creditCode = newCreditCode();
        Map<String, String> fields = onBehalfFields(creditCode);
        signInAs("intake");

        open(OnBehalfFilingPages.NEW);
        assertThat(pageText()).contains("待补交承诺书", "2 个工作日");
        assertNoChineseInEnglish();
        fields.forEach((name, value) -> {
            if (name.equals("complaint.inLitigation")) {
                click(By.id("f-complaint-inLitigation"));
            } else if (List.of("receivedAt", "complaint.contractDate", "complaint.paymentDueDate").contains(name)) {
                setValue(name, value);
            } else if (!name.equals("complaint.complainant.name")) {
                fill(name, value);
            }
        });
        checkPage("workbench-on-behalf");
        click(By.cssSelector("#on-behalf-form button[type=submit]"));

        assertThat(waitFor(By.id("f-complaint-complainant-name-error")).getText()).isEqualTo("不能为空");
        assertThat(browser().findElement(By.name("complaint.complainant.contactName")).getAttribute("value")).isEqualTo("陈会计");
        assertThat(browser().findElement(By.name("receivedAt")).getAttribute("value")).isEqualTo("2026-03-02T08:30");
        assertAccessible();
        fill("complaint.complainant.name", fields.get("complaint.complainant.name"));
        click(By.cssSelector("#on-behalf-form button[type=submit]"));

        String caseNo = waitFor(By.id("tracking-no")).getText();
        assertThat(caseNo).matches("TS\\d{4}-\\d{6}");
        assertThat(waitFor(By.id("case-status")).getText()).isEqualTo("待补交承诺书");
        assertThat(pageText()).contains("投诉已登记", "受理期限已暂停", "该企业没有账号", "13900000077", "电话");
        assertDiagramMarksCurrent(caseNo, "awaitPromise");
        checkPage("workbench-on-behalf-filed");
        assertNoChineseInEnglish();

        browser().findElement(By.id("f-file")).sendKeys(promiseScan().toString());
        click(By.cssSelector("#promise-form button[type=submit]"));

        assertThat(waitFor(By.id("case-status")).getText()).isEqualTo("已提交");
        assertThat(pageText()).contains("已上传签字的承诺书", "可以进行受理审查", "promise.pdf");
        assertDiagramMarksCurrent(caseNo, "acceptReview");
        assertThat(tasksOf("intake", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("acceptReview");
        checkPage("workbench-on-behalf-promise");

        assertThat(jdbc.sql("select count(*) from notification where channel = 'SMS' and address = '13900000077' and body like ?")
                .param("%" + caseNo + "%").query(Long.class).single()).as("the tracking number by SMS").isPositive();
        Reply tracked = anonymousFrom("10.78.0.1").get("/api/track?no=" + caseNo + "&phone=0077");
        assertThat(tracked.status()).as(tracked.text()).isEqualTo(200);
        assertThat(tracked.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertNoBrowserErrors();
    }

    /** A date or date-time input takes typed keys in the browser's locale; the value is what a person picks. */
    private void setValue(String name, String value) {
        WebElement input = waitFor(By.name(name));
        browser().executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private static Path promiseScan() throws IOException {
        Path file = Files.createDirectories(Path.of("target/test-evidence")).resolve("promise.pdf");
        Files.write(file, ONE_PAGE_PDF);
        return file.toAbsolutePath();
    }
}
