package org.bihuan.supervision.stats;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.casefile.CaseReports;
import org.bihuan.casefile.CaseSearchRequest;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.supervision.Dashboard;
import org.bihuan.supervision.Dashboards;
import org.bihuan.support.ApiScenario;
import org.bihuan.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every figure of the dashboard and of the monthly report on {@link DashboardFixture}, computed by hand, and for every
 * count — each cell, each rate's numerator and denominator — the case search its link names ({@code GET /api/cases},
 * the workbench's search page) finds exactly as many cases: the figure and the cases behind it never disagree.
 */
class DashboardFiguresTest extends ApiScenario {

    @Autowired
    CaseReports reports;
    @Autowired
    Dashboards dashboards;
    @Autowired
    Users users;

    @BeforeEach
    void fixture() {
        DashboardFixture.insert(jdbc, reports);
        EngineClock.set(DashboardFixture.NOW);
    }

    @AfterEach
    void cleanUp() {
        DashboardFixture.remove(jdbc);
    }

    @Test
    void overdueNowByUnitAndAgingCountsTheCasesItsLinksFind() {
        Dashboard.Table overdue = view(null, null).table(Dashboard.OVERDUE);

        // DSH1: H1 (C1) due Friday 14 November → 3 working days (17, 18, 19) → 1–5
        assertThat(counts(overdue.row("DSH1"))).containsExactly(1L, 0L, 0L, 0L, 1L);
        // DSH2: S4 (C4) due 11 November → 6 working days → 6–10; H8 (C8) due 10 October → 11 October (a working Saturday),
        // 13–17, 20–24, 27–31 October, 3–7, 10–14, 17–19 November = 29 → >20
        assertThat(counts(overdue.row("DSH2"))).containsExactly(0L, 1L, 0L, 1L, 2L);
        assertThat(found(overdue.row("DSH1").cell(0))).containsExactly("DSH-C1");
        assertThat(found(overdue.row("DSH2").cell(4))).containsExactlyInAnyOrder("DSH-C4", "DSH-C8");
        // the total row holds the steps of no unit too: the enterprise's evaluation E9 (C9), 2 working days overdue
        assertThat(found(overdue.total().cell(0))).contains("DSH-C1", "DSH-C9");
        assertEveryCountMatchesItsSearch(overdue);
    }

    @Test
    void weeklyReceivedClosedAndLateCountTheCasesTheirLinksFind() {
        Dashboard.Table weekly = view(null, "DSH1").table(Dashboard.WEEKLY);

        assertThat(weekly.rows()).hasSize(12);
        assertThat(weekly.rows().get(0).key()).isEqualTo("2025-09-01");
        assertThat(weekly.rows().get(11).key()).isEqualTo("2025-11-17");
        // 3–9 November: received C1, C2, C3, C9, P1; nothing closed (C6 was rejected and is not DSH1's); S2 signed late
        assertThat(counts(weekly.row("2025-11-03"))).containsExactly(5L, 0L, 1L);
        // 10–16 November: C2 closed; H3 done late, H1 still open past its deadline
        assertThat(counts(weekly.row("2025-11-10"))).containsExactly(0L, 1L, 2L);
        assertThat(found(weekly.row("2025-11-10").cell(2))).containsExactlyInAnyOrder("DSH-C1", "DSH-C3");
        // 17–23 November: C3 closed; the evaluation E9 has no unit, PR1 is not due yet
        assertThat(counts(weekly.row("2025-11-17"))).containsExactly(0L, 1L, 0L);
        // 6–12 October: C7 received; 13–19 October: C7 closed
        assertThat(counts(weekly.row("2025-10-06"))).containsExactly(1L, 0L, 0L);
        assertThat(counts(weekly.row("2025-10-13"))).containsExactly(0L, 1L, 0L);
        assertEveryCountMatchesItsSearch(weekly);
        assertEveryCountMatchesItsSearch(view(null, null).table(Dashboard.WEEKLY));
    }

    @Test
    void eachUnitsRatesOfComplaintsCountTheCasesTheirLinksFind() {
        Dashboard.Table units = view("COMPLAINT", null).table(Dashboard.UNITS + "-COMPLAINT");
        Dashboard.Row dsh1 = units.row("DSH1");
        Dashboard.Row dsh2 = units.row("DSH2");

        // 响应率 DSH1: S1 in time, S2 late, S3 in time → 2 / 3
        assertRate(dsh1, units.column("responseRate"), "66.7", 2, 3);
        // 按时办结率 DSH1: H2 in time, H3 late, H1 open past its deadline → 1 / 3
        assertRate(dsh1, units.column("onTimeRate"), "33.3", 1, 3);
        // 满意率 DSH1: closed C2 SATISFIED, C3 UNSATISFIED → 1 / 2; 重办率: C3 → 1 / 2
        assertRate(dsh1, units.column("satisfactionRate"), "50.0", 1, 2);
        assertRate(dsh1, units.column("rehandleRate"), "50.0", 1, 2);
        // 清欠 DSH1: the in-scope complaints received in the period, C1 20000 + C2 50000 + C3 0 + C9 5000
        Dashboard.Cell recovered = dsh1.cell(units.column("amountRecovered"));
        assertThat(recovered.value()).isEqualByComparingTo("75000.00");
        assertThat(found(recovered)).containsExactlyInAnyOrder("DSH-C1", "DSH-C2", "DSH-C3", "DSH-C9");
        assertThat(recoveredOf(found(recovered))).isEqualByComparingTo(recovered.value());

        // DSH2: S4 open past its deadline → 0 / 1; H5 late → 0 / 1; C5 closed but not rated → no satisfaction rate
        assertRate(dsh2, units.column("responseRate"), "0.0", 0, 1);
        assertRate(dsh2, units.column("onTimeRate"), "0.0", 0, 1);
        assertThat(dsh2.cell(units.column("satisfactionRate")).value()).isNull();
        assertThat(dsh2.cell(units.column("satisfactionRate")).denominator().value()).isZero();
        assertRate(dsh2, units.column("rehandleRate"), "0.0", 0, 1);
        assertThat(found(dsh2.cell(units.column("amountRecovered")))).containsExactly("DSH-C4");
        assertEveryCountMatchesItsSearch(units);
    }

    @Test
    void eachUnitsRatesOfProposalsCountTheCasesTheirLinksFind() {
        Dashboard.Table units = view("PROPOSAL", null).table(Dashboard.UNITS + "-PROPOSAL");

        // DSH1: PS1 signed in time → 1 / 1; PR1 is not due yet → no on-time rate
        assertRate(units.row("DSH1"), units.column("responseRate"), "100.0", 1, 1);
        assertThat(units.row("DSH1").cell(units.column("onTimeRate")).value()).isNull();
        // DSH2: PR2 replied in time; P2 closed 13 November, SATISFIED, never rehandled
        assertRate(units.row("DSH2"), units.column("onTimeRate"), "100.0", 1, 1);
        assertRate(units.row("DSH2"), units.column("satisfactionRate"), "100.0", 1, 1);
        assertRate(units.row("DSH2"), units.column("rehandleRate"), "0.0", 0, 1);
        assertThat(units.columns()).extracting(Dashboard.Column::key).doesNotContain("amountRecovered");
        assertEveryCountMatchesItsSearch(units);
    }

    @Test
    void theLadderCountsTheCasesWithAnOpenStepAtEachLevel() {
        Dashboard.Table dsh1 = view(null, "DSH1").table(Dashboard.LADDER);
        Dashboard.Table dsh2 = view(null, "DSH2").table(Dashboard.LADDER);

        assertThat(dsh1.rows()).extracting(Dashboard.Row::key)
                .containsExactly("WARNING", "OVERDUE", "SUPERVISION_LETTER", "SUMMONS", "PUBLIC_NOTICE");
        // DSH1: PR1 (P1) was warned, H1 (C1) reminded as overdue
        assertThat(dsh1.rows().stream().map(r -> r.cell(0).value().longValue())).containsExactly(1L, 1L, 0L, 0L, 0L);
        // DSH2: S4 (C4) got the letter, H8 (C8) the public notice
        assertThat(dsh2.rows().stream().map(r -> r.cell(0).value().longValue())).containsExactly(0L, 0L, 1L, 0L, 1L);
        assertThat(found(dsh2.row("PUBLIC_NOTICE").cell(0))).containsExactly("DSH-C8");
        assertEveryCountMatchesItsSearch(dsh1);
        assertEveryCountMatchesItsSearch(dsh2);
        assertEveryCountMatchesItsSearch(view(null, null).table(Dashboard.LADDER));
    }

    @Test
    void theRespondentsWithTheMostComplaintsAndOverdueAnswersCountTheCasesTheirLinksFind() {
        Dashboard.Table respondents = view(null, null).table(Dashboard.RESPONDENTS);

        // received 1–19 November: 甲 C1, C2, C4; 丙 C6, C9; 乙 C3. Reply steps due then and late: 甲 H1; 乙 H3, H5
        assertThat(respondents.rows()).extracting(Dashboard.Row::key).startsWith("看板甲单位", "看板丙单位", "看板乙单位");
        assertThat(counts(respondents.row("看板甲单位"))).containsExactly(3L, 1L);
        assertThat(counts(respondents.row("看板丙单位"))).containsExactly(2L, 0L);
        assertThat(counts(respondents.row("看板乙单位"))).containsExactly(1L, 2L);
        assertThat(found(respondents.row("看板乙单位").cell(1))).containsExactlyInAnyOrder("DSH-C3", "DSH-C5");
        assertEveryCountMatchesItsSearch(respondents);
    }

    @Test
    void thisPeriodAgainstTheOneBeforeCountsTheCasesItsLinksFind() {
        Dashboard.Table comparison = view("COMPLAINT", "DSH1").table(Dashboard.COMPARISON + "-COMPLAINT");

        // 1–19 November against 1–19 October: received C1, C2, C3, C9 against C7; closed C2, C3 against C7
        assertThat(counts(comparison.row("received"))).containsExactly(4L, 1L);
        assertThat(counts(comparison.row("accepted"))).containsExactly(4L, 1L);
        assertThat(counts(comparison.row("closed"))).containsExactly(2L, 1L);
        assertThat(found(comparison.row("closed").cell(1))).containsExactly("DSH-C7");
        // on time: H2 of H1, H2, H3 against H7 of H7
        assertRate(comparison.row("onTimeRate"), 0, "33.3", 1, 3);
        assertRate(comparison.row("onTimeRate"), 1, "100.0", 1, 1);
        assertEveryCountMatchesItsSearch(comparison);
        assertEveryCountMatchesItsSearch(view(null, null).table(Dashboard.COMPARISON + "-PROPOSAL"));
    }

    @Test
    void theMonthlyReportByUnitAndByRespondentTypeCountsTheCasesItsLinksFind() {
        Dashboards.Report november = dashboards.monthly(supervisor(), "2025-11");
        Dashboard.Table byUnit = november.tables().get(0);
        Dashboard.Table byType = november.tables().get(1);

        assertThat(byUnit.columns()).extracting(Dashboard.Column::key)
                .containsExactly("received", "inScope", "accepted", "closed", "underHandling", "recoveredInPeriod", "late");
        // DSH1: received C1, C2, C3, C9 (all in scope, accepted); closed C2, C3; in handling C1, C9; 清欠 reported in
        // November 20000 (C1) + 50000 (C2); deadlines missed in November: S2 (C2), H3 (C3), H1 (C1)
        assertMonthly(byUnit.row("DSH1"), 4, 4, 4, 2, 2, "70000.00", 3);
        // DSH2: received C4; closed C5; in handling C4; 8000 (C5); missed: S4 (C4), H5 (C5)
        assertMonthly(byUnit.row("DSH2"), 1, 1, 1, 1, 1, "8000.00", 2);
        // by respondent type: government bodies 甲 (C1, C2, C4), large enterprises 乙 (C3, C5 closed in November),
        // public institutions 丙 (C6 rejected, C9 replied; its enterprise's evaluation E9 is late; C9's 清欠 was in October)
        assertMonthly(byType.row("GOVERNMENT_BODY"), 3, 3, 3, 1, 2, "70000.00", 3);
        assertMonthly(byType.row("LARGE_ENTERPRISE"), 1, 1, 1, 2, 0, "8000.00", 2);
        assertMonthly(byType.row("PUBLIC_INSTITUTION"), 2, 1, 1, 0, 1, "0.00", 1);
        assertThat(found(byType.row("PUBLIC_INSTITUTION").cell(6))).containsExactly("DSH-C9");
        assertEveryCountMatchesItsSearch(byUnit);
        assertEveryCountMatchesItsSearch(byType);
    }

    @Test
    void theMonthlyReportAndTheDashboardGiveTheSameFiguresForTheSamePeriod() {
        Dashboards.Report november = dashboards.monthly(supervisor(), "2025-11");
        Dashboard.View dashboard = dashboards.view(supervisor(), "2025-11-01", "2025-11-30", "COMPLAINT", null);

        Dashboard.Table comparison = dashboard.table(Dashboard.COMPARISON + "-COMPLAINT");
        Dashboard.Table byUnit = november.tables().get(0);
        for (String figure : List.of("received", "accepted", "closed")) {
            assertThat(byUnit.total().cell(byUnit.column(figure)).value()).as(figure)
                    .isEqualByComparingTo(comparison.row(figure).cell(0).value());
            assertThat(byUnit.total().cell(byUnit.column(figure)).link()).as(figure).isEqualTo(comparison.row(figure).cell(0).link());
        }
    }

    @Test
    void aRegionRollsUpTheUnitsInItAndBelowItAndEachCountFindsItsCasesInThatRegion() {
        // 富阳区 holds DSH1 only: its figures are DSH1's, and every link searches DSH1's cases
        Dashboard.View district = dashboards.view(supervisor(), null, null, null, null, "330111");
        assertThat(district.scope().units()).containsExactly("DSH1");
        Dashboard.Table overdue = district.table(Dashboard.OVERDUE);
        assertThat(overdue.rows()).extracting(Dashboard.Row::key).containsExactly("DSH1");
        assertThat(counts(overdue.row("DSH1"))).containsExactly(1L, 0L, 0L, 0L, 1L);
        assertEveryCountMatchesItsSearch(overdue);
        assertEveryCountMatchesItsSearch(district.table(Dashboard.UNITS + "-COMPLAINT"));

        // 杭州市 rolls up its districts' units (DSH1, DSH2) with its own city-level ones: one search over all of them
        Dashboard.View city = dashboards.view(supervisor(), null, null, "COMPLAINT", null, "330100");
        assertThat(city.scope().units()).contains("DSH1", "DSH2");
        Dashboard.Table cityOverdue = city.table(Dashboard.OVERDUE);
        assertThat(counts(cityOverdue.row("DSH2"))).containsExactly(0L, 1L, 0L, 1L, 2L);
        assertEveryCountMatchesItsSearch(cityOverdue);

        // the monthly report of the district: DSH1's complaints only
        Dashboard.Table byUnit = dashboards.monthly(supervisor(), "2025-11", "330111").tables().get(0);
        assertThat(byUnit.rows()).extracting(Dashboard.Row::key).containsExactly("DSH1");
        assertEveryCountMatchesItsSearch(byUnit);
    }

    @Test
    void aRegionWithoutAUnitOrNotOnTheTreeIsRefusedNamingTheRegion() {
        assertThatThrownBy(() -> dashboards.view(supervisor(), null, null, null, null, "330113"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("region"));
        assertThatThrownBy(() -> dashboards.view(supervisor(), null, null, null, null, "999999"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("region"));
        // a unit outside the chosen region is named as such
        assertThatThrownBy(() -> dashboards.view(supervisor(), null, null, null, "DSH2", "330111"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("unit"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private AppUser supervisor() {
        return users.find("supervisor").orElseThrow();
    }

    private Dashboard.View view(String type, String unit) {
        return dashboards.view(supervisor(), null, null, type, unit);
    }

    private static List<Long> counts(Dashboard.Row row) {
        return row.cells().stream().map(c -> c.value().longValue()).toList();
    }

    private void assertRate(Dashboard.Row row, int column, String percent, long numerator, long denominator) {
        Dashboard.Cell cell = row.cell(column);
        assertThat(cell.value()).as("%s %d", row.key(), column).isEqualByComparingTo(percent);
        assertThat(cell.numerator().value()).as("numerator").isEqualTo(numerator);
        assertThat(cell.denominator().value()).as("denominator").isEqualTo(denominator);
    }

    private void assertMonthly(Dashboard.Row row, long received, long inScope, long accepted, long closed, long underHandling,
                               String recovered, long late) {
        assertThat(row.cells().stream().map(Dashboard.Cell::value).toList()).as(row.key()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(received), BigDecimal.valueOf(inScope), BigDecimal.valueOf(accepted),
                        BigDecimal.valueOf(closed), BigDecimal.valueOf(underHandling), new BigDecimal(recovered), BigDecimal.valueOf(late));
    }

    /**
     * The proof: for every count of the table (each cell, each rate's numerator and denominator) the case search its link
     * names finds exactly that many cases — and no link names a criterion the search does not know.
     */
    private void assertEveryCountMatchesItsSearch(Dashboard.Table table) {
        int checked = 0;
        for (Dashboard.Row row : Stream.concat(table.rows().stream(), Stream.ofNullable(table.total())).toList()) {
            for (int c = 0; c < row.cells().size(); c++) {
                Dashboard.Cell cell = row.cell(c);
                String where = table.key() + " " + row.key() + " column " + table.columns().get(c).key();
                if (cell.numerator() != null) {
                    assertThat(total(cell.numerator().link())).as(where + " numerator").isEqualTo(cell.numerator().value());
                    assertThat(total(cell.denominator().link())).as(where + " denominator").isEqualTo(cell.denominator().value());
                    checked += 2;
                } else if (cell.link() != null && "COUNT".equals(cell.unit())) {
                    assertThat(total(cell.link())).as(where).isEqualTo(cell.value().longValueExact());
                    checked++;
                }
            }
        }
        assertThat(checked).as("counts checked in " + table.key()).isPositive();
    }

    private long total(CaseSearchRequest link) {
        JsonNode page = search(link.with("size", "1"));
        return page.get("total").asLong();
    }

    private List<String> found(Dashboard.Cell cell) {
        JsonNode page = search(cell.link().with("size", "100"));
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("caseNo").asText()));
        return numbers;
    }

    private JsonNode search(CaseSearchRequest request) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/cases");
        request.parameters().forEach(uri::queryParam);
        // as typed: the client encodes it (a respondent's name is Chinese)
        String path = uri.build().toUriString();
        Reply reply = as("supervisor").get(path);
        assertThat(reply.status()).as("GET %s: %s", path, reply.text()).isEqualTo(200);
        return reply.json();
    }

    private BigDecimal recoveredOf(List<String> cases) {
        return jdbc.sql("select coalesce(sum(amount_recovered), 0) from report_case where case_no in (:cases)")
                .param("cases", cases).query(BigDecimal.class).single();
    }
}
