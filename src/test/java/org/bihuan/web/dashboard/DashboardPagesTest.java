package org.bihuan.web.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bihuan.support.ApiScenario;
import org.bihuan.support.PageClient;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's pages as a browser without script gets them: who may open which, what a unit head sees (its own unit,
 * and nothing of another's whatever the address asks for), the downloads, the refused filters, the reports. The figures
 * themselves are {@code DashboardFiguresTest}'s.
 */
class DashboardPagesTest extends ApiScenario {

    private static final Pattern CASE_SEARCH_LINK = Pattern.compile("href=\"(/workbench/cases\\?[^\"]*)\"");

    private PageClient signedIn(String username) {
        return new PageClient(port).signIn(username);
    }

    @Test
    void aSupervisorSeesEveryChartWithItsTableDefinitionsAndDownloads() {
        PageClient.Page page = signedIn("supervisor").get("/dashboard");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("督办看板", "当前超期：按承办单位和超期时长", "近期每周收件、办结和超期",
                "各单位办理质效（投诉）", "各单位办理质效（提案）", "督办各级别的在办件", "被投诉人：投诉最多、答复超期最多",
                "本期与上期对比（投诉）", "超期环节清单",
                // the figures' definitions, from bihuan.kpi, on hover and focus of their headings
                "class=\"kpi-tip\" role=\"tooltip\"", "期限在期间内的签收环节",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "/js/dashboard.js", "data-chart=\"stacked-bar\"",
                "/dashboard/export/overdue.csv?from=", "/dashboard/export/units-COMPLAINT.xlsx?from=");
        assertThat(links(page)).isNotEmpty();
        assertThat(signedIn("supervisor").get("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
    }

    @Test
    void theDashboardIsForSupervisorsIntakeTheCommitteeAndUnitHeadsEachWithTheirShare() {
        String intake = signedIn("intake").get("/dashboard").body();
        assertThat(intake).contains("各单位办理质效（投诉）").doesNotContain("各单位办理质效（提案）");
        String committee = signedIn("committee").get("/dashboard").body();
        assertThat(committee).contains("各单位办理质效（提案）").doesNotContain("各单位办理质效（投诉）", "被投诉人：投诉最多");
        assertThat(signedIn("head-a").get("/dashboard").body()).contains("统计范围：市财政局。");

        // a unit official who is not its head, a leader, an enterprise and a member have no figures here
        assertThat(signedIn("unit-a").get("/dashboard").status()).isEqualTo(403);
        assertThat(signedIn("leader").get("/dashboard").status()).isEqualTo(403);
        assertThat(signedIn("ent-a").get("/dashboard").status()).isEqualTo(403);
        assertThat(signedIn("member").get("/dashboard").status()).isEqualTo(403);
        assertThat(new PageClient(port).get("/dashboard").status()).isEqualTo(302);
        // intake may not ask for the proposals' figures
        assertThat(signedIn("intake").get("/dashboard?type=PROPOSAL").status()).isEqualTo(403);
    }

    @Test
    void aUnitHeadSeesOnlyItsUnitAndNoAddressShowsItAnotherUnitsFiguresOrRows() {
        PageClient headA = signedIn("head-a");
        PageClient.Page own = headA.get("/dashboard");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("name=\"unit\"");
        // every figure of head-a's dashboard counts CZJ's cases and steps only, and its links say so
        assertThat(links(own)).isNotEmpty().allSatisfy(link -> assertThat(link).containsAnyOf("unit=CZJ", "stepUnit=CZJ"));
        for (String otherUnit : List.of("/dashboard?unit=GZW", "/dashboard/export/overdue.csv?unit=GZW",
                "/dashboard/export/units-COMPLAINT.xlsx?unit=GZW", "/dashboard/overdue.csv?unit=GZW", "/dashboard/ledger?unit=GZW",
                "/dashboard/ledger.xlsx?unit=GZW", "/dashboard/notices?unit=GZW")) {
            assertThat(headA.get(otherUnit).status()).as(otherUnit).isEqualTo(403);
        }
        assertThat(headA.get("/dashboard?unit=CZJ").status()).isEqualTo(200);
        // the reports are the office's, not a unit's
        assertThat(headA.get("/dashboard/reports").status()).isEqualTo(403);
    }

    @Test
    void eachTableDownloadsAsCsvAndXlsxWithItsHeadings() throws IOException {
        PageClient supervisor = signedIn("supervisor");

        PageClient.Page csv = supervisor.get("/dashboard/export/weekly.csv?from=2026-03-01&to=2026-03-31");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF周,收件,办结,超期");
        assertThat(csv.body().lines()).hasSize(13);

        HttpResponse<byte[]> xlsx = bytes(supervisor, "/dashboard/export/units-COMPLAINT.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> header = workbook.getFirstSheet().read().get(0).stream().map(cell -> cell.getText()).toList();
            assertThat(header).startsWith("承办单位", "响应率 (%)", "响应率 分子", "响应率 分母");
        }
        assertThat(supervisor.get("/dashboard/export/nosuchtable.csv").status()).isEqualTo(404);
        assertThat(supervisor.get("/dashboard/overdue.xlsx").status()).isEqualTo(200);
    }

    @Test
    void aRefusedFilterIsNamedNextToItsFieldAndTheDefaultPeriodShown() {
        PageClient.Page page = signedIn("supervisor").get("/dashboard?from=1.3.2026&to=2026-03-31");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("请按 2026-03-31 的格式填写日期", "id=\"f-from\"", "is-invalid", "value=\"1.3.2026\"");
    }

    @Test
    void theLedgerAndTheNoticesAreListsWithFilters() {
        PageClient supervisor = signedIn("supervisor");

        PageClient.Page ledger = supervisor.get("/dashboard/ledger?level=SUPERVISION_LETTER&from=2026-03-01&to=2026-12-31");
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.body()).contains("督办台账", "name=\"caseNo\"", "name=\"level\"", "/dashboard/ledger.csv?");
        assertThat(supervisor.get("/dashboard/ledger?from=2026-04-01&to=2026-03-01").body()).contains("开始日期不能晚于结束日期");
        assertThat(supervisor.get("/dashboard/notices").body()).contains("通报", "name=\"unit\"");
        assertThat(signedIn("unit-a").get("/dashboard/notices").body()).doesNotContain("name=\"unit\"");
        assertThat(signedIn("intake").get("/dashboard/ledger").status()).isEqualTo(403);
    }

    @Test
    void theMonthlyReportDownloadsAsXlsxWithTwoSheetsAndAsPdfWithItsFontEmbedded() throws IOException {
        PageClient supervisor = signedIn("supervisor");
        assertThat(supervisor.get("/dashboard/reports").body()).contains("/dashboard/reports/monthly.xlsx?month=2026-02");
        assertThat(supervisor.get("/dashboard/reports?month=2026-13").body()).contains("请按 2026-03 的格式填写月份");
        assertThat(supervisor.get("/dashboard/reports?month=2027-01").body()).contains("不能晚于本月");

        HttpResponse<byte[]> xlsx = bytes(supervisor, "/dashboard/reports/monthly.xlsx?month=2026-02");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("按承办单位", "按被投诉人类型");
            assertThat(workbook.getFirstSheet().read().get(0).stream().map(cell -> cell.getText()).toList())
                    .startsWith("承办单位", "收件数", "在办范围数", "受理（立案）数", "办结数", "在办数");
        }
        HttpResponse<byte[]> pdf = bytes(supervisor, "/dashboard/reports/monthly.pdf?month=2026-02");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2026年2月拖欠中小企业账款投诉办理情况月报", "按承办单位", "按被投诉人类型", "合计", "市政府督查室");
        }
        assertThat(signedIn("intake").get("/dashboard/reports").status()).isEqualTo(200);
        assertThat(signedIn("committee").get("/dashboard/reports/monthly.pdf?month=2026-02").status()).isEqualTo(403);
    }

    @Test
    void theDashboardLinkIsInTheHeaderOfThoseWhoHaveFiguresAndTheKeyProposalsLinkInTheLeaders() {
        assertThat(signedIn("head-a").get("/").body()).contains("href=\"/dashboard\"");
        assertThat(signedIn("intake").get("/").body()).contains("href=\"/dashboard\"");
        assertThat(signedIn("unit-a").get("/").body()).doesNotContain("href=\"/dashboard\"");
        assertThat(signedIn("leader").get("/").body()).contains("href=\"/dashboard/key-proposals\"").doesNotContain("href=\"/dashboard\"");
    }

    private static List<String> links(PageClient.Page page) {
        Matcher matcher = CASE_SEARCH_LINK.matcher(page.body());
        List<String> links = new java.util.ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    private static HttpResponse<byte[]> bytes(PageClient client, String path) {
        HttpResponse<byte[]> response = client.download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
