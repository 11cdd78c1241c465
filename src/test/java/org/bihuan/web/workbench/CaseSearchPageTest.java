package org.bihuan.web.workbench;

import org.bihuan.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case search page as the server renders it: the rows of {@code GET /api/cases} for the same parameters, in the
 * same order, each linking to its case page; labels instead of codes; a unit official's search never holding another
 * unit's case; the exports with the same filters; a wrong date next to its field.
 */
class CaseSearchPageTest extends WorkbenchScenario {

    private String respondent;
    private String waiting;
    private String atCzj;

    /** Two complaints against a respondent no other test names: one waits for acceptance review, one is at CZJ. */
    @BeforeEach
    void twoComplaints() {
        respondent = "查询页被投诉单位" + System.nanoTime();
        waiting = complaintAgainst(respondent);
        atCzj = complaintAgainst(respondent);
        complete("intake", atCzj, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", atCzj, "transfer", Map.of("unitCode", "CZJ"));
    }

    @Test
    void thePageListsExactlyTheRowsOfTheApiForTheSameParameters() {
        String party = URLEncoder.encode(respondent, StandardCharsets.UTF_8);
        List<String> queries = List.of("", "?sort=caseNo&direction=asc", "?party=" + party, "?party=" + party + "&sort=status&direction=desc",
                "?party=" + party + "&unit=CZJ", "?party=" + party + "&status=SUBMITTED&type=COMPLAINT",
                "?party=" + party + "&step=acceptReview&overdue=false&receivedFrom=2026-03-02&receivedTo=2026-03-02",
                "?type=PROPOSAL&size=5&page=1", "?size=3&sort=currentDue&direction=asc");
        for (String username : List.of("intake", "supervisor", "unit-a")) {
            PageClient official = new PageClient(port).signIn(username);
            for (String query : queries) {
                PageClient.Page page = official.get(CaseSearchPage.PATH + query);
                assertThat(page.status()).as("%s %s", username, query).isEqualTo(200);
                assertThat(rowsOf(page.body())).as("%s searches %s", username, query).isEqualTo(apiCaseNumbers(username, query));
            }
        }
        String page = new PageClient(port).signIn("intake").get(CaseSearchPage.PATH + "?party=" + party + "&sort=caseNo&direction=asc").body();
        assertThat(rowsOf(page)).containsExactly(waiting, atCzj);
        assertThat(page).contains("href=\"/workbench/cases/" + waiting + "\"", "href=\"/workbench/cases/" + atCzj + "\"",
                "已提交", "已转办", "受理审查", "签收", "市财政局", "共找到 2 件")
                .contains("aria-sort=\"ascending\"")
                .doesNotContain(">SUBMITTED<", ">acceptReview<", ">CZJ<");
        assertThat(new PageClient(port).signIn("intake").get(CaseSearchPage.PATH + "?lang=en&party=" + party).body())
                .contains("Submitted", "Transferred", "Acceptance review", "2 cases found");
    }

    @Test
    void aUnitOfficialsSearchNeverHoldsAnotherUnitsCase() {
        String party = URLEncoder.encode(respondent, StandardCharsets.UTF_8);

        assertThat(rowsOf(new PageClient(port).signIn("unit-a").get(CaseSearchPage.PATH + "?party=" + party).body()))
                .containsExactly(atCzj);
        assertThat(rowsOf(new PageClient(port).signIn("unit-b").get(CaseSearchPage.PATH + "?party=" + party).body())).isEmpty();
        assertThat(rowsOf(new PageClient(port).signIn("unit-b").get(CaseSearchPage.PATH + "?caseNo=" + atCzj).body())).isEmpty();
        assertThat(new PageClient(port).signIn("unit-b").get(CaseSearchPage.PATH + ".csv?party=" + party).body())
                .doesNotContain(atCzj, waiting);
    }

    @Test
    void theExportsHoldTheRowsOfTheSameFilters() {
        String party = URLEncoder.encode(respondent, StandardCharsets.UTF_8);
        PageClient intake = new PageClient(port).signIn("intake");
        String page = intake.get(CaseSearchPage.PATH + "?party=" + party + "&status=SUBMITTED").body();
        assertThat(page).contains("href=\"/workbench/cases.csv?party=" + party + "&amp;status=SUBMITTED\"",
                "href=\"/workbench/cases.xlsx?party=" + party + "&amp;status=SUBMITTED\"");

        PageClient.Page csv = intake.get(CaseSearchPage.PATH + ".csv?party=" + party + "&status=SUBMITTED");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        assertThat(csv.body()).contains(waiting).doesNotContain(atCzj);
        PageClient.Page xlsx = intake.get(CaseSearchPage.PATH + ".xlsx?party=" + party);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aWrongPeriodIsShownNextToItsFieldWithTheOtherFiltersKept() {
        PageClient.Page page = new PageClient(port).signIn("intake")
                .get(CaseSearchPage.PATH + "?party=abc&receivedFrom=2026-03-05&receivedTo=2026-03-01&page=x");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"f-receivedTo\"", "value=\"abc\"", "value=\"2026-03-05\"", "应为页码")
                .doesNotContain("<tr data-case-no=");
        PageClient.Page backwards = new PageClient(port).signIn("intake")
                .get(CaseSearchPage.PATH + "?party=abc&receivedFrom=2026-03-05&receivedTo=2026-03-01");
        assertThat(backwards.body()).contains("id=\"f-receivedTo-error\"", "不得早于起始日期", "value=\"abc\"");
    }

    @Test
    void enterprisesAndMembersHaveNoSearch() {
        assertThat(new PageClient(port).signIn("ent-a").get(CaseSearchPage.PATH).status()).isEqualTo(403);
        PageClient.Page member = new PageClient(port).signIn("member").get(CaseSearchPage.PATH);
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.body()).contains("无权访问");
    }
}
