package org.bihuan.web.workbench;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake clerk searches cases in a real browser, on a phone and at the office: the case is found by a party's name,
 * its row shows status, unit and step by their labels and links to the case page, the columns sort, and the export
 * holds the row. axe on every page; in English no Chinese outside the data.
 */
@RequiresChromium
class CaseSearchBrowserTest extends WorkbenchScenario {

    @Test
    void aClerkFindsACaseByThePartyOnAPhoneSortsTheResultAndExportsIt() throws IOException, InterruptedException {
        String respondent = "浏览器查询被投诉单位" + System.nanoTime();
        String caseNo = complaintAgainst(respondent);
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        signInAs("intake");
        onPhone();

        open(CaseSearchPage.PATH);
        fill("party", respondent);
        fill("status", "TRANSFERRED");
        click(By.cssSelector("form[role=search] button[type=submit]"));

        waitFor(By.cssSelector("tr[data-case-no='" + caseNo + "']"));
        assertThat(pageText()).contains(caseNo, "已转办", "市财政局", "签收", "共找到 1 件");
        assertThat(browser().findElement(By.cssSelector("tr[data-case-no='" + caseNo + "'] a.case-link")).getAttribute("href"))
                .endsWith("/workbench/cases/" + caseNo);
        checkPage("workbench-search-phone");
        assertDiagramMarksCurrent(caseNo, "signFor");

        inTheOffice();
        fill("status", "");
        click(By.cssSelector("form[role=search] button[type=submit]"));
        click(By.xpath("//th//a[contains(@href, 'sort=caseNo')]"));
        assertThat(browser().findElement(By.xpath("//th[.//a[contains(@href, 'sort=caseNo')]]")).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser().getCurrentUrl()).contains("party=", "sort=caseNo", "direction=asc");
        checkPage("workbench-search");
        assertNoChineseInEnglish(respondent);

        String csvHref = browser().findElement(By.id("export-csv")).getAttribute("href");
        assertThat(csvHref).contains("/workbench/cases.csv?", "party=", "sort=caseNo");
        String csv = asTheBrowser(csvHref);
        assertThat(csv).contains(caseNo, respondent, "市财政局");
        assertNoBrowserErrors();
    }

    /** What the browser would download from the link: fetched with its session. */
    private String asTheBrowser(String href) throws IOException, InterruptedException {
        Cookie session = browser().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body();
    }
}
