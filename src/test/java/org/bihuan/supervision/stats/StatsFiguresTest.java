package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseReports;
import org.bihuan.casefile.CaseType;
import org.bihuan.supervision.stats.StatsReport.Row;
import org.bihuan.supervision.stats.StatsReport.Section;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bihuan.supervision.stats.KpiFixture.JUNE_1;
import static org.bihuan.supervision.stats.KpiFixture.JUNE_30;

/**
 * Every figure of June 2025 on {@link KpiFixture}, computed by hand. "Now" is Tuesday 15 July 2025, 10:00.
 * Working days of June 2025: 端午 makes Monday 2 June a holiday; July 2025 has none.
 */
class StatsFiguresTest extends PostgresIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseReports reports;

    @Autowired
    StatsService stats;

    @BeforeEach
    void fixture() {
        KpiFixture.insert(jdbc, reports);
        EngineClock.set(KpiFixture.NOW);
    }

    @AfterEach
    void cleanUp() {
        EngineClock.reset();
        KpiFixture.remove(jdbc);
    }

    @Test
    void complaintsOfJunePerUnit() {
        Section june = section(CaseType.COMPLAINT, JUNE_1, JUNE_30, null);
        Row kpi1 = row(june, "KPI1");

        assertThat(kpi1.unitName()).isEqualTo("KPI测试一局");
        // received in June: C1, C2, C3 (30 June 23:30 is in), C6; C4 (1 July 00:10) is out → 4
        assertCount(kpi1, "received", 4);
        // accepted (ACCEPTED…CLOSED) and in scope (TRANSFERRED…CLOSED): C1, C2, C3, C6 → 4; rejected 0
        assertCount(kpi1, "accepted", 4);
        assertCount(kpi1, "rejected", 0);
        assertCount(kpi1, "inScope", 4);
        // under handling (TRANSFERRED, IN_HANDLING, REPLIED, REHANDLING): C3 → 1
        assertCount(kpi1, "underHandling", 1);
        // closed in June: C1 (20th), C2 (27th), C6 (30th) → 3
        assertCount(kpi1, "closed", 3);
        // 响应率 KPI1: signFor due in June, not cancelled: S1 (in time), S2 (late), S3 (done exactly at the deadline:
        // in time), S4 (still open, past due: late); S5 cancelled, S6 due 1 July → 2 / 4 = 50.0 %
        assertRate(kpi1, "responseRate", "50.0", 2, 4);
        // 按时办结率 KPI1: handle due in June: H1 (in time), H2 (in time), H3 (late) → 2 / 3 = 66.7 %
        assertRate(kpi1, "onTimeRate", "66.7", 2, 3);
        // 满意率 KPI1: closed in June and rated: C1 SATISFIED, C2 UNSATISFIED; C6 NO_RESPONSE is not evaluated → 1 / 2 = 50.0 %
        assertRate(kpi1, "satisfactionRate", "50.0", 1, 2);
        // 重办率 KPI1: C2 of 3 closed → 33.3 %
        assertRate(kpi1, "rehandleRate", "33.3", 1, 3);
        // working days received → closed: C1 6/3→6/20 = 3+5+5 = 13; C2 6/10→6/27 = 3+5+5 = 13;
        // C6 6/12→6/30 = 1+5+5+1 = 12 → 38 / 3 = 12.666… → 12.7
        assertRate(kpi1, "avgDaysToClose", "12.7", 38, 3);
        // overdue now (today 7/15): S4 due 6/30 → 11 WD (7/1–4, 7/7–11, 7/14–15) → 11–20; O1 due 7/14 → 1;
        // O2 due earlier today → counts as 1; O3 due 7/8 → 5 (7/9, 10, 11, 14, 15) → 1–5 ×3
        assertCount(kpi1, "overdueNow", 4);
        assertCount(kpi1, "overdue1to5", 3);
        assertCount(kpi1, "overdue6to10", 0);
        assertCount(kpi1, "overdue11to20", 1);
        assertCount(kpi1, "overdueOver20", 0);
        // 清欠 KPI1, in-scope complaints received in June: owed 100000 + 50000 + 20000 + 30000 = 200000,
        // recovered 60000 + 50000 + 0 (none reported) + 0 = 110000 → 55.0 %
        assertAmount(kpi1, "amountOwed", "200000.00");
        assertAmount(kpi1, "amountRecovered", "110000.00");
        assertRate(kpi1, "recoveredShare", "55.0", 110000, 200000);
        // reported in June: C1 50000 − 20000 (its May report) = 30000; C2 50000 (30 June 23:00) → 80000; C1's July report is out
        assertAmount(kpi1, "recoveredInPeriod", "80000.00");
        assertThat(kpi1.recoveredByMonth()).containsExactly(new StatsReport.MonthAmount("2025-06", new BigDecimal("80000.00")));
        // score (weights 20/30/30/20, rehandling as 1 − rate): 20×0.5 + 30×2/3 + 30×0.5 + 20×(1 − 1/3)
        // = 10 + 20 + 15 + 13.333 = 58.333 of 100 → 58.3
        assertAmount(kpi1, "score", "58.3");

        Row kpi2 = row(june, "KPI2");
        // received in June: C7, C8, C10 (C9 came in May) → 3, all accepted and in scope; under handling: C8 (REPLIED) → 1
        assertCount(kpi2, "received", 3);
        assertCount(kpi2, "accepted", 3);
        assertCount(kpi2, "inScope", 3);
        assertCount(kpi2, "underHandling", 1);
        // closed in June: C7 and C9 (received in May); C10 closed 1 July → 2
        assertCount(kpi2, "closed", 2);
        // 响应率 KPI2: S7 in time → 1 / 1; 按时办结率: H4 in time, H6 open past its 6/27 deadline → 1 / 2
        assertRate(kpi2, "responseRate", "100.0", 1, 1);
        assertRate(kpi2, "onTimeRate", "50.0", 1, 2);
        // 满意率: C7 BASICALLY_SATISFIED, C9 SATISFIED → 2 / 2; 重办率 0 / 2
        assertRate(kpi2, "satisfactionRate", "100.0", 2, 2);
        assertRate(kpi2, "rehandleRate", "0.0", 0, 2);
        // C7 6/16→6/19 = 3; C9 5/20→6/10 = 3 + 5 + (6/2 holiday) 4 + 2 = 14 → 17 / 2 = 8.5
        assertRate(kpi2, "avgDaysToClose", "8.5", 17, 2);
        // overdue now: O4 due 7/7 → 6 (7/8–11, 7/14–15) → 6–10; H6 due 6/27 → 1 + 11 = 12 → 11–20;
        // O5 due 5/30 → 20 June working days + 11 = 31 → >20; O6 is not due yet, O8 is done, O7 has no unit
        assertCount(kpi2, "overdueNow", 3);
        assertCount(kpi2, "overdue1to5", 0);
        assertCount(kpi2, "overdue6to10", 1);
        assertCount(kpi2, "overdue11to20", 1);
        assertCount(kpi2, "overdueOver20", 1);
        // owed 10000 + 40000 + 8000 = 58000, recovered 10000 + 10000 + 8000 = 28000 → 48.275… → 48.3 %
        assertAmount(kpi2, "amountOwed", "58000.00");
        assertRate(kpi2, "recoveredShare", "48.3", 28000, 58000);
        // C7 reported 4000 then 10000 → 10000 in June; C8's report of 1 July 00:30 is out
        assertAmount(kpi2, "recoveredInPeriod", "10000.00");
        // score: 20×1 + 30×0.5 + 30×1 + 20×(1 − 0) = 85 → 85.0
        assertAmount(kpi2, "score", "85.0");
    }

    @Test
    void theTotalRowCountsEveryCaseIncludingThoseWithoutAUnit() {
        Row total = section(CaseType.COMPLAINT, JUNE_1, JUNE_30, null).total();

        assertThat(total.unitCode()).isNull();
        // KPI1 4 + KPI2 3 + C5 (rejected, never at a unit) 1 = 8
        assertCount(total, "received", 8);
        assertCount(total, "accepted", 7);
        assertCount(total, "rejected", 1);
        assertCount(total, "inScope", 7);
        assertCount(total, "underHandling", 2);
        assertCount(total, "closed", 5);
        // rates from summed numerators and denominators: sign 3 / 5, handle 3 / 5, satisfied 3 / 4, rehandled 1 / 5
        assertRate(total, "responseRate", "60.0", 3, 5);
        assertRate(total, "onTimeRate", "60.0", 3, 5);
        assertRate(total, "satisfactionRate", "75.0", 3, 4);
        assertRate(total, "rehandleRate", "20.0", 1, 5);
        // (38 + 17) / 5 = 11.0
        assertRate(total, "avgDaysToClose", "11.0", 55, 5);
        // overdue: KPI1 [3, 0, 1, 0] + KPI2 [0, 1, 1, 1] = 7 [3, 1, 2, 1]
        assertCount(total, "overdueNow", 7);
        assertCount(total, "overdue1to5", 3);
        assertCount(total, "overdue6to10", 1);
        assertCount(total, "overdue11to20", 2);
        assertCount(total, "overdueOver20", 1);
        // owed 200000 + 58000 = 258000 (C5 is rejected: not in scope), recovered 138000 → 53.488… → 53.5 %
        assertRate(total, "recoveredShare", "53.5", 138000, 258000);
        assertAmount(total, "recoveredInPeriod", "90000.00");
        // 20×0.6 + 30×0.6 + 30×0.75 + 20×0.8 = 12 + 18 + 22.5 + 16 = 68.5
        assertAmount(total, "score", "68.5");
    }

    @Test
    void proposalsOfJune() {
        Section june = section(CaseType.PROPOSAL, JUNE_1, JUNE_30, null);
        Row kpi1 = row(june, "KPI1");
        Row kpi2 = row(june, "KPI2");
        Row total = june.total();

        // KPI1: P1 (closed), P3 (in handling) → received 2, accepted (registered) 2, under handling 1, closed 1
        assertCount(kpi1, "received", 2);
        assertCount(kpi1, "accepted", 2);
        assertCount(kpi1, "underHandling", 1);
        assertCount(kpi1, "closed", 1);
        // signFor PS1 in time → 1 / 1; reply PR1 done after its deadline → 0 / 1
        assertRate(kpi1, "responseRate", "100.0", 1, 1);
        assertRate(kpi1, "onTimeRate", "0.0", 0, 1);
        assertRate(kpi1, "satisfactionRate", "100.0", 1, 1);
        assertRate(kpi1, "rehandleRate", "0.0", 0, 1);
        // P1 6/5→6/25 = 1 + 5 + 5 + 3 = 14
        assertRate(kpi1, "avgDaysToClose", "14.0", 14, 1);
        assertCount(kpi1, "overdueNow", 0);
        // 20×1 + 30×0 + 30×1 + 20×1 = 70 → 70.0
        assertAmount(kpi1, "score", "70.0");
        assertThat(kpi1.figures()).extracting(StatsReport.Figure::key).doesNotContain("amountOwed");
        assertThat(kpi1.recoveredByMonth()).isEmpty();

        // KPI2: P5, P6 closed; PS2 late, PS3 in time → 1 / 2; the split unit's unitReply PR2 in time → 1 / 1;
        // rated: P5 UNSATISFIED (P6 NO_RESPONSE is not evaluated) → 0 / 1; rehandled P5 → 1 / 2
        assertCount(kpi2, "closed", 2);
        assertRate(kpi2, "responseRate", "50.0", 1, 2);
        assertRate(kpi2, "onTimeRate", "100.0", 1, 1);
        assertRate(kpi2, "satisfactionRate", "0.0", 0, 1);
        assertRate(kpi2, "rehandleRate", "50.0", 1, 2);
        // P5 6/10→6/30 = 3 + 5 + 5 + 1 = 14; P6 6/11→6/27 = 2 + 5 + 5 = 12 → 26 / 2 = 13.0
        assertRate(kpi2, "avgDaysToClose", "13.0", 26, 2);
        // PO1 unitReply due 7/11 → 2 working days (7/14, 7/15) → 1–5
        assertCount(kpi2, "overdueNow", 1);
        assertCount(kpi2, "overdue1to5", 1);
        // 20×0.5 + 30×1 + 30×0 + 20×(1 − 0.5) = 10 + 30 + 0 + 10 = 50 → 50.0
        assertAmount(kpi2, "score", "50.0");

        // total: P1–P6 received 6; registered 4; not registered P2 → 1; P4 merged is neither; closed 3
        assertCount(total, "received", 6);
        assertCount(total, "accepted", 4);
        assertCount(total, "rejected", 1);
        assertCount(total, "closed", 3);
        assertRate(total, "responseRate", "66.7", 2, 3);
        assertRate(total, "onTimeRate", "50.0", 1, 2);
        assertRate(total, "satisfactionRate", "50.0", 1, 2);
        assertRate(total, "rehandleRate", "33.3", 1, 3);
        assertRate(total, "avgDaysToClose", "13.3", 40, 3);
        // 20×2/3 + 30×0.5 + 30×0.5 + 20×(1 − 1/3) = 13.333 + 15 + 15 + 13.333 = 56.667 → 56.7
        assertAmount(total, "score", "56.7");
    }

    @Test
    void aCaseReceivedOnTheLastDayIsInTheNextDayItBelongsToTheNextPeriod() {
        Row lastDayOfJune = row(section(CaseType.COMPLAINT, JUNE_30, JUNE_30, "KPI1"), "KPI1");
        Row firstDayOfJuly = row(section(CaseType.COMPLAINT, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), "KPI1"), "KPI1");

        // C3 came in on 30 June 23:30 Beijing time (15:30 UTC): June's
        assertCount(lastDayOfJune, "received", 1);
        assertAmount(lastDayOfJune, "amountOwed", "20000.00");
        // C4 came in on 1 July 00:10 Beijing time (still 30 June in UTC): July's
        assertCount(firstDayOfJuly, "received", 1);
        assertAmount(firstDayOfJuly, "amountOwed", "999.00");
    }

    @Test
    void aUnitFilterGivesThatUnitAndATotalOfThatUnitOnly() {
        Section kpi2Only = section(CaseType.COMPLAINT, JUNE_1, JUNE_30, "KPI2");

        assertThat(kpi2Only.rows()).extracting(Row::unitCode).containsExactly("KPI2");
        assertCount(kpi2Only.total(), "received", 3);
        assertAmount(kpi2Only.total(), "score", "85.0");
    }

    @Test
    void partialPaymentsAreFollowedMonthByMonth() {
        Section mayAndJune = section(CaseType.COMPLAINT, LocalDate.of(2025, 5, 1), JUNE_30, null);

        // C1 reported 20000 in May, then a running total of 50000 in June (+30000); C2 50000 in June
        assertThat(row(mayAndJune, "KPI1").recoveredByMonth()).containsExactly(
                new StatsReport.MonthAmount("2025-05", new BigDecimal("20000.00")),
                new StatsReport.MonthAmount("2025-06", new BigDecimal("80000.00")));
        // C7: 4000 and then 10000 in June
        assertThat(row(mayAndJune, "KPI2").recoveredByMonth()).containsExactly(
                new StatsReport.MonthAmount("2025-05", new BigDecimal("0.00")),
                new StatsReport.MonthAmount("2025-06", new BigDecimal("10000.00")));
        assertAmount(row(mayAndJune, "KPI1"), "recoveredInPeriod", "100000.00");
    }

    @Test
    void everyFigureCarriesItsDefinition() {
        Section june = section(CaseType.COMPLAINT, JUNE_1, JUNE_30, null);

        assertThat(june.total().figures()).allSatisfy(f -> {
            assertThat(f.label()).isNotBlank();
            assertThat(f.definition()).isNotBlank();
            assertThat(f.definitionEn()).isNotBlank();
        });
        assertThat(june.definitions()).extracting(StatsReport.Definition::key)
                .isEqualTo(june.total().figures().stream().map(StatsReport.Figure::key).toList());
    }

    private Section section(CaseType type, LocalDate from, LocalDate to, String unit) {
        StatsReport report = stats.report(new StatsRequest(from, to, unit, Optional.of(type)), List.of(type));
        assertThat(report.sections()).hasSize(1);
        return report.sections().get(0);
    }

    private static Row row(Section section, String unit) {
        return section.rows().stream().filter(r -> unit.equals(r.unitCode())).findFirst().orElseThrow();
    }

    private static void assertCount(Row row, String key, long expected) {
        assertThat(row.figure(key).value()).as(row.unitCode() + " " + key).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    private static void assertAmount(Row row, String key, String expected) {
        assertThat(row.figure(key).value()).as(row.unitCode() + " " + key).isEqualByComparingTo(expected);
    }

    private static void assertRate(Row row, String key, String value, long numerator, long denominator) {
        StatsReport.Figure figure = row.figure(key);
        assertThat(figure.value()).as(row.unitCode() + " " + key).isEqualByComparingTo(value);
        assertThat(figure.numerator()).as(row.unitCode() + " " + key + " numerator").isEqualByComparingTo(BigDecimal.valueOf(numerator));
        assertThat(figure.denominator()).as(row.unitCode() + " " + key + " denominator").isEqualByComparingTo(BigDecimal.valueOf(denominator));
    }
}
