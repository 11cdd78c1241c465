package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseReports;
import org.bihuan.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Complaints and proposals of two units of their own (KPI1, KPI2) in June 2025, a month no other test uses,
 * written straight into the lifecycles' and the case file's tables; the case file's reporting read model, which
 * the numbers read, is then refreshed from them as a committed step would refresh it. All times are Beijing time. The expected figures are
 * computed by hand in {@link StatsFiguresTest}. Every row's key starts with KPI-, so {@link #remove} takes
 * exactly these rows away again.
 *
 * <pre>
 * complaints  unit  received          status       closed            rating               rehandled  owed     recovered
 * KPI-C1      KPI1  06-03 09:00       CLOSED       06-20 10:00       SATISFIED            0          100000   60000
 * KPI-C2      KPI1  06-10 09:00       CLOSED       06-27 10:00       UNSATISFIED          1           50000   50000
 * KPI-C3      KPI1  06-30 23:30 (in)  IN_HANDLING                                                     20000   –
 * KPI-C4      KPI1  07-01 00:10 (out) IN_HANDLING                                                       999   –
 * KPI-C5      –     06-05 09:00       REJECTED     06-06 (rejected, not 办结)
 * KPI-C6      KPI1  06-12 09:00       CLOSED       06-30 16:00       NO_RESPONSE          0           30000   0
 * KPI-C7      KPI2  06-16 09:00       CLOSED       06-19 10:00       BASICALLY_SATISFIED  0           10000   10000
 * KPI-C8      KPI2  06-20 09:00       REPLIED                                                         40000   10000
 * KPI-C9      KPI2  05-20 09:00       CLOSED       06-10 10:00       SATISFIED            0            5000   5000
 * KPI-C10     KPI2  06-25 09:00       CLOSED       07-01 10:00 (out) SATISFIED            0            8000   8000
 *
 * proposals   unit  received   status          closed   rating       rehandled
 * KPI-P1      KPI1  06-05      CLOSED          06-25    SATISFIED    0
 * KPI-P2      –     06-09      NOT_REGISTERED
 * KPI-P3      KPI1  06-16      IN_HANDLING
 * KPI-P4      –     06-18      MERGED
 * KPI-P5      KPI2  06-10      CLOSED          06-30    UNSATISFIED  1
 * KPI-P6      KPI2  06-11      CLOSED          06-27    NO_RESPONSE  0
 * </pre>
 */
final class KpiFixture {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** "now" for the figures: Tuesday 15 July 2025, 10:00 in Beijing */
    static final Instant NOW = beijing("2025-07-15T10:00").toInstant();
    static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

    private KpiFixture() {
    }

    static void insert(JdbcClient jdbc, CaseReports reports) {
        TestUsers.ensure(jdbc);
        remove(jdbc);
        jdbc.sql("insert into unit (code, name, kind) values ('KPI1', 'KPI测试一局', 'HANDLING'), ('KPI2', 'KPI测试二局', 'HANDLING')").update();

        complaint(jdbc, "KPI-C1", "KPI1", "2025-06-03T09:00", "CLOSED", "2025-06-20T10:00", "SATISFIED", 0, "100000", "60000");
        complaint(jdbc, "KPI-C2", "KPI1", "2025-06-10T09:00", "CLOSED", "2025-06-27T10:00", "UNSATISFIED", 1, "50000", "50000");
        complaint(jdbc, "KPI-C3", "KPI1", "2025-06-30T23:30", "IN_HANDLING", null, null, 0, "20000", null);
        complaint(jdbc, "KPI-C4", "KPI1", "2025-07-01T00:10", "IN_HANDLING", null, null, 0, "999", null);
        complaint(jdbc, "KPI-C5", null, "2025-06-05T09:00", "REJECTED", "2025-06-06T10:00", null, 0, "7000", null);
        complaint(jdbc, "KPI-C6", "KPI1", "2025-06-12T09:00", "CLOSED", "2025-06-30T16:00", "NO_RESPONSE", 0, "30000", "0");
        complaint(jdbc, "KPI-C7", "KPI2", "2025-06-16T09:00", "CLOSED", "2025-06-19T10:00", "BASICALLY_SATISFIED", 0, "10000", "10000");
        complaint(jdbc, "KPI-C8", "KPI2", "2025-06-20T09:00", "REPLIED", null, null, 0, "40000", "10000");
        complaint(jdbc, "KPI-C9", "KPI2", "2025-05-20T09:00", "CLOSED", "2025-06-10T10:00", "SATISFIED", 0, "5000", "5000");
        complaint(jdbc, "KPI-C10", "KPI2", "2025-06-25T09:00", "CLOSED", "2025-07-01T10:00", "SATISFIED", 0, "8000", "8000");

        // complaint sign-for steps (responseRate)
        step(jdbc, "KPI-S1", "KPI-C1", "COMPLAINT", "signFor", "KPI1", "2025-06-04T17:30", "2025-06-04T10:00", false);
        step(jdbc, "KPI-S2", "KPI-C2", "COMPLAINT", "signFor", "KPI1", "2025-06-11T17:30", "2025-06-12T09:00", false);
        step(jdbc, "KPI-S3", "KPI-C6", "COMPLAINT", "signFor", "KPI1", "2025-06-13T17:30", "2025-06-13T17:30", false);
        step(jdbc, "KPI-S4", "KPI-C3", "COMPLAINT", "signFor", "KPI1", "2025-06-30T17:30", null, false);
        step(jdbc, "KPI-S5", "KPI-C3", "COMPLAINT", "signFor", "KPI1", "2025-06-20T17:30", null, true);
        step(jdbc, "KPI-S6", "KPI-C4", "COMPLAINT", "signFor", "KPI1", "2025-07-01T00:10", "2025-06-30T12:00", false);
        step(jdbc, "KPI-S7", "KPI-C7", "COMPLAINT", "signFor", "KPI2", "2025-06-17T17:30", "2025-06-16T15:00", false);
        // complaint handle steps (onTimeRate)
        step(jdbc, "KPI-H1", "KPI-C1", "COMPLAINT", "handle", "KPI1", "2025-06-20T17:30", "2025-06-19T10:00", false);
        step(jdbc, "KPI-H2", "KPI-C2", "COMPLAINT", "handle", "KPI1", "2025-06-27T17:30", "2025-06-27T09:00", false);
        step(jdbc, "KPI-H3", "KPI-C6", "COMPLAINT", "handle", "KPI1", "2025-06-25T17:30", "2025-06-26T09:00", false);
        step(jdbc, "KPI-H4", "KPI-C7", "COMPLAINT", "handle", "KPI2", "2025-06-19T17:30", "2025-06-18T09:00", false);
        step(jdbc, "KPI-H6", "KPI-C8", "COMPLAINT", "handle", "KPI2", "2025-06-27T17:30", null, false);
        // complaint steps overdue now (due outside June, so they leave the rates alone)
        step(jdbc, "KPI-O1", "KPI-C3", "COMPLAINT", "handle", "KPI1", "2025-07-14T17:30", null, false);
        step(jdbc, "KPI-O2", "KPI-C3", "COMPLAINT", "handle", "KPI1", "2025-07-15T09:00", null, false);
        step(jdbc, "KPI-O3", "KPI-C3", "COMPLAINT", "rehandle", "KPI1", "2025-07-08T17:30", null, false);
        step(jdbc, "KPI-O4", "KPI-C8", "COMPLAINT", "handle", "KPI2", "2025-07-07T17:30", null, false);
        step(jdbc, "KPI-O5", "KPI-C8", "COMPLAINT", "handle", "KPI2", "2025-05-30T17:30", null, false);
        step(jdbc, "KPI-O6", "KPI-C8", "COMPLAINT", "handle", "KPI2", "2025-07-20T17:30", null, false);
        step(jdbc, "KPI-O7", "KPI-C8", "COMPLAINT", "evaluate", null, "2025-07-01T17:30", null, false);
        step(jdbc, "KPI-O8", "KPI-C8", "COMPLAINT", "handle", "KPI2", "2025-07-10T17:30", "2025-07-14T09:00", false);

        // 清欠台账: running totals as the units reported them
        payment(jdbc, "KPI-C1", "KPI1", "2025-05-28T10:00", "20000");
        payment(jdbc, "KPI-C1", "KPI1", "2025-06-10T10:00", "50000");
        payment(jdbc, "KPI-C1", "KPI1", "2025-07-02T10:00", "60000");
        payment(jdbc, "KPI-C2", "KPI1", "2025-06-30T23:00", "50000");
        payment(jdbc, "KPI-C7", "KPI2", "2025-06-18T10:00", "4000");
        payment(jdbc, "KPI-C7", "KPI2", "2025-06-19T10:00", "10000");
        payment(jdbc, "KPI-C8", "KPI2", "2025-07-01T00:30", "10000");

        proposal(jdbc, "KPI-P1", "KPI1", "2025-06-05T09:00", "CLOSED", "2025-06-25T10:00", "SATISFIED", 0);
        proposal(jdbc, "KPI-P2", null, "2025-06-09T09:00", "NOT_REGISTERED", "2025-06-12T10:00", null, 0);
        proposal(jdbc, "KPI-P3", "KPI1", "2025-06-16T09:00", "IN_HANDLING", null, null, 0);
        proposal(jdbc, "KPI-P4", null, "2025-06-18T09:00", "MERGED", "2025-06-19T10:00", null, 0);
        proposal(jdbc, "KPI-P5", "KPI2", "2025-06-10T09:00", "CLOSED", "2025-06-30T10:00", "UNSATISFIED", 1);
        proposal(jdbc, "KPI-P6", "KPI2", "2025-06-11T09:00", "CLOSED", "2025-06-27T10:00", "NO_RESPONSE", 0);

        step(jdbc, "KPI-PS1", "KPI-P1", "PROPOSAL", "signFor", "KPI1", "2025-06-12T17:30", "2025-06-11T10:00", false);
        step(jdbc, "KPI-PR1", "KPI-P1", "PROPOSAL", "reply", "KPI1", "2025-06-20T17:30", "2025-06-23T10:00", false);
        step(jdbc, "KPI-PS2", "KPI-P5", "PROPOSAL", "signFor", "KPI2", "2025-06-12T17:30", "2025-06-13T10:00", false);
        step(jdbc, "KPI-PS3", "KPI-P6", "PROPOSAL", "signFor", "KPI2", "2025-06-13T17:30", "2025-06-13T10:00", false);
        step(jdbc, "KPI-PR2", "KPI-P6", "PROPOSAL", "unitReply", "KPI2", "2025-06-24T17:30", "2025-06-24T10:00", false);
        step(jdbc, "KPI-PO1", "KPI-P5", "PROPOSAL", "unitReply", "KPI2", "2025-07-11T17:30", null, false);

        jdbc.sql("select case_no from case_file where case_no like 'KPI-%'").query(String.class).list().forEach(reports::refresh);
    }

    static void remove(JdbcClient jdbc) {
        FixtureRows.remove(jdbc, "KPI-", "KPI1", "KPI2");
    }

    static OffsetDateTime beijing(String localDateTime) {
        return FixtureRows.beijing(localDateTime);
    }

    private static void complaint(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                                  String satisfaction, int rehandled, String owed, String recovered) {
        FixtureRows.complaint(jdbc, caseNo, unit, received, status, closed, satisfaction, rehandled, "乙单位", "GOVERNMENT", owed, recovered);
    }

    private static void proposal(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                                 String satisfaction, int rehandled) {
        FixtureRows.proposal(jdbc, caseNo, unit, received, status, closed, satisfaction, rehandled);
    }

    private static void step(JdbcClient jdbc, String taskId, String caseNo, String type, String stepKey, String unit,
                             String due, String completed, boolean cancelled) {
        FixtureRows.step(jdbc, taskId, caseNo, type, stepKey, unit, due, completed, cancelled, null);
    }

    private static void payment(JdbcClient jdbc, String caseNo, String unit, String at, String runningTotal) {
        FixtureRows.payment(jdbc, caseNo, unit, at, runningTotal);
    }
}
