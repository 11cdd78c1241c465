package org.bihuan.web.complaint;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise finds the 受理通知书 on its case page and downloads it: the link's response is a PDF (and the Word
 * link a DOCX), fetched in the page with the page's own session, no file dialog; the unit's 转办单 is not listed.
 */
@RequiresChromium
class DocumentsBrowserTest extends PortalScenario {

    /** What the browser gets for a link of the page: status, content type and the first bytes, as "200 type %PDF". */
    private String fetchInThePage(String href) {
        Object answer = browser().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
                      + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))))
                  .catch(e => done('failed ' + e));""", href);
        return String.valueOf(answer);
    }

    @Test
    void theEnterpriseDownloadsItsAcceptanceNoticeFromItsCasePage() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        String number = as("ent-a").get("/api/cases/" + caseNo + "/documents").json().get(0).get("documentNo").asText();

        signInAs("ent-a");
        onPhone();
        open("/portal/complaints/" + caseNo);

        WebElement documents = waitFor(By.id("documents"));
        List<WebElement> rows = documents.findElements(By.cssSelector(".document-row"));
        assertThat(rows).extracting(row -> row.getAttribute("data-document-kind")).containsExactly("ACCEPTANCE_NOTICE");
        assertThat(rows.get(0).getText()).contains("受理通知书", number);
        WebElement pdf = rows.get(0).findElement(By.cssSelector("a.document-pdf"));
        WebElement docx = rows.get(0).findElement(By.cssSelector("a.document-docx"));
        assertThat(pdf.getAttribute("href")).endsWith(".pdf").contains("/documents/" + caseNo + "/");
        assertThat(pdf.getAttribute("aria-label")).contains("受理通知书", number);

        assertThat(fetchInThePage(pdf.getAttribute("href"))).isEqualTo("200 application/pdf %PDF");
        assertThat(fetchInThePage(docx.getAttribute("href")))
                .isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document PK\u0003\u0004");
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("portal-case-documents-phone");

        open("/portal/complaints/" + caseNo + "?lang=en");
        assertThat(waitFor(By.id("documents-heading")).getText()).isEqualTo("Official documents");
        assertThat(waitFor(By.cssSelector("#documents a.document-pdf")).getAttribute("aria-label"))
                .isEqualTo("Download Acceptance notice " + number + " as PDF");
        assertAccessible();
        open("/portal/complaints/" + caseNo + "?lang=zh-CN");
    }

    @Test
    void anotherEnterpriseGetsTheNotFoundPageForTheLink() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        long id = as("ent-a").get("/api/cases/" + caseNo + "/documents").json().get(0).get("id").asLong();

        signInAs("ent-b");
        open("/portal/complaints");

        assertThat(fetchInThePage("/documents/" + caseNo + "/" + id + ".pdf")).startsWith("404 ").doesNotContain("%PDF");
    }
}
