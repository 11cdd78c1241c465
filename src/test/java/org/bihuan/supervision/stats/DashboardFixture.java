package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseReports;
import org.bihuan.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/**
 * Complaints and proposals of two units of their own (DSH1, DSH2) around November 2025, months no other test uses,
 * written straight into the lifecycles' and the case file's tables and then refreshed into the reporting read model
 * as a committed step would. "Now" is Wednesday 19 November 2025, 10:00 Beijing time; the dashboard's default period
 * is 1–19 November, the one before 1–19 October. November 2025 has no holiday; 11 October (Saturday) was a working
 * day. Every key starts with DSH-, so {@link #remove} takes exactly these rows away again.
 *
 * <pre>
 * complaints unit received     status       closed        rating        rehandled respondent (type)              owed    recovered
 * DSH-C1     DSH1 11-03 09:00  IN_HANDLING                                        看板甲单位 (GOVERNMENT_BODY)      100000  20000
 * DSH-C2     DSH1 11-04 09:00  CLOSED       11-14 10:00   SATISFIED     0         看板甲单位 (GOVERNMENT_BODY)       50000  50000
 * DSH-C3     DSH1 11-05 09:00  CLOSED       11-18 10:00   UNSATISFIED   1         看板乙单位 (LARGE_ENTERPRISE)      30000  0
 * DSH-C4     DSH2 11-10 09:00  TRANSFERRED                                        看板甲单位 (GOVERNMENT_BODY)       10000  –
 * DSH-C5     DSH2 10-15 09:00  CLOSED       11-12 10:00   NO_RESPONSE   0         看板乙单位 (LARGE_ENTERPRISE)       8000  8000
 * DSH-C6     –    11-06 09:00  REJECTED     11-07 10:00                           看板丙单位 (PUBLIC_INSTITUTION)     7000  –
 * DSH-C7     DSH1 10-08 09:00  CLOSED       10-17 10:00   SATISFIED     0         看板甲单位 (GOVERNMENT_BODY)       6000  6000
 * DSH-C8     DSH2 09-01 09:00  IN_HANDLING                                        看板乙单位 (LARGE_ENTERPRISE)      90000  –
 * DSH-C9     DSH1 11-07 09:00  REPLIED                                            看板丙单位 (PUBLIC_INSTITUTION)     5000  5000
 *
 * proposals  unit received     status       closed        rating
 * DSH-P1     DSH1 11-03 09:00  IN_HANDLING
 * DSH-P2     DSH2 10-20 09:00  CLOSED       11-13 10:00   SATISFIED
 *
 * steps (task)  case   key       unit  due           done          level
 * DSH-S1        C1     signFor   DSH1  11-04 17:30   11-04 10:00
 * DSH-S2        C2     signFor   DSH1  11-05 17:30   11-06 09:00 (late)
 * DSH-S3        C3     signFor   DSH1  11-06 17:30   11-06 17:00
 * DSH-S4        C4     signFor   DSH2  11-11 17:30   open (6 WD)   SUPERVISION_LETTER
 * DSH-S5        C5     signFor   DSH2  10-16 17:30   10-16 10:00
 * DSH-H1        C1     handle    DSH1  11-14 17:30   open (3 WD)   OVERDUE
 * DSH-H2        C2     handle    DSH1  11-13 17:30   11-13 16:00
 * DSH-H3        C3     handle    DSH1  11-12 17:30   11-17 10:00 (late)
 * DSH-H5        C5     handle    DSH2  11-07 17:30   11-10 10:00 (late)
 * DSH-H7        C7     handle    DSH1  10-16 17:30   10-15 10:00
 * DSH-H8        C8     handle    DSH2  10-10 17:30   open (29 WD)  PUBLIC_NOTICE
 * DSH-E9        C9     evaluate  –     11-17 17:30   open (2 WD)   (the enterprise's: no unit)
 * DSH-PS1       P1     signFor   DSH1  11-05 17:30   11-04 10:00
 * DSH-PR1       P1     reply     DSH1  11-21 17:30   open          WARNING
 * DSH-PR2       P2     reply     DSH2  11-12 17:30   11-12 10:00
 *
 * 清欠台账 (running totals): C1 DSH1 11-10 20000; C2 DSH1 11-13 50000; C5 DSH2 11-11 8000; C9 DSH1 10-20 5000
 * </pre>
 */
final class DashboardFixture {

    static final Instant NOW = FixtureRows.beijing("2025-11-19T10:00").toInstant();

    private DashboardFixture() {
    }

    static void insert(JdbcClient jdbc, CaseReports reports) {
        TestUsers.ensure(jdbc);
        remove(jdbc);
        // DSH1 sits in 富阳区, DSH2 in 上城区: both in 杭州市, whose city-level units (the demo's) are there too
        jdbc.sql("insert into unit (code, name, kind, region_code) values ('DSH1', '看板测试一局', 'HANDLING', '330111'),"
                + " ('DSH2', '看板测试二局', 'HANDLING', '330102')").update();

        complaint(jdbc, "DSH-C1", "DSH1", "2025-11-03T09:00", "IN_HANDLING", null, null, 0, "看板甲单位", "GOVERNMENT_BODY", "100000", "20000");
        complaint(jdbc, "DSH-C2", "DSH1", "2025-11-04T09:00", "CLOSED", "2025-11-14T10:00", "SATISFIED", 0, "看板甲单位", "GOVERNMENT_BODY", "50000", "50000");
        complaint(jdbc, "DSH-C3", "DSH1", "2025-11-05T09:00", "CLOSED", "2025-11-18T10:00", "UNSATISFIED", 1, "看板乙单位", "LARGE_ENTERPRISE", "30000", "0");
        complaint(jdbc, "DSH-C4", "DSH2", "2025-11-10T09:00", "TRANSFERRED", null, null, 0, "看板甲单位", "GOVERNMENT_BODY", "10000", null);
        complaint(jdbc, "DSH-C5", "DSH2", "2025-10-15T09:00", "CLOSED", "2025-11-12T10:00", "NO_RESPONSE", 0, "看板乙单位", "LARGE_ENTERPRISE", "8000", "8000");
        complaint(jdbc, "DSH-C6", null, "2025-11-06T09:00", "REJECTED", "2025-11-07T10:00", null, 0, "看板丙单位", "PUBLIC_INSTITUTION", "7000", null);
        complaint(jdbc, "DSH-C7", "DSH1", "2025-10-08T09:00", "CLOSED", "2025-10-17T10:00", "SATISFIED", 0, "看板甲单位", "GOVERNMENT_BODY", "6000", "6000");
        complaint(jdbc, "DSH-C8", "DSH2", "2025-09-01T09:00", "IN_HANDLING", null, null, 0, "看板乙单位", "LARGE_ENTERPRISE", "90000", null);
        complaint(jdbc, "DSH-C9", "DSH1", "2025-11-07T09:00", "REPLIED", null, null, 0, "看板丙单位", "PUBLIC_INSTITUTION", "5000", "5000");
        proposal(jdbc, "DSH-P1", "DSH1", "2025-11-03T09:00", "IN_HANDLING", null, null);
        proposal(jdbc, "DSH-P2", "DSH2", "2025-10-20T09:00", "CLOSED", "2025-11-13T10:00", "SATISFIED");

        step(jdbc, "DSH-S1", "DSH-C1", "COMPLAINT", "signFor", "DSH1", "2025-11-04T17:30", "2025-11-04T10:00", null);
        step(jdbc, "DSH-S2", "DSH-C2", "COMPLAINT", "signFor", "DSH1", "2025-11-05T17:30", "2025-11-06T09:00", null);
        step(jdbc, "DSH-S3", "DSH-C3", "COMPLAINT", "signFor", "DSH1", "2025-11-06T17:30", "2025-11-06T17:00", null);
        step(jdbc, "DSH-S4", "DSH-C4", "COMPLAINT", "signFor", "DSH2", "2025-11-11T17:30", null, "SUPERVISION_LETTER");
        step(jdbc, "DSH-S5", "DSH-C5", "COMPLAINT", "signFor", "DSH2", "2025-10-16T17:30", "2025-10-16T10:00", null);
        step(jdbc, "DSH-H1", "DSH-C1", "COMPLAINT", "handle", "DSH1", "2025-11-14T17:30", null, "OVERDUE");
        step(jdbc, "DSH-H2", "DSH-C2", "COMPLAINT", "handle", "DSH1", "2025-11-13T17:30", "2025-11-13T16:00", null);
        step(jdbc, "DSH-H3", "DSH-C3", "COMPLAINT", "handle", "DSH1", "2025-11-12T17:30", "2025-11-17T10:00", null);
        step(jdbc, "DSH-H5", "DSH-C5", "COMPLAINT", "handle", "DSH2", "2025-11-07T17:30", "2025-11-10T10:00", null);
        step(jdbc, "DSH-H7", "DSH-C7", "COMPLAINT", "handle", "DSH1", "2025-10-16T17:30", "2025-10-15T10:00", null);
        step(jdbc, "DSH-H8", "DSH-C8", "COMPLAINT", "handle", "DSH2", "2025-10-10T17:30", null, "PUBLIC_NOTICE");
        step(jdbc, "DSH-E9", "DSH-C9", "COMPLAINT", "evaluate", null, "2025-11-17T17:30", null, null);
        step(jdbc, "DSH-PS1", "DSH-P1", "PROPOSAL", "signFor", "DSH1", "2025-11-05T17:30", "2025-11-04T10:00", null);
        step(jdbc, "DSH-PR1", "DSH-P1", "PROPOSAL", "reply", "DSH1", "2025-11-21T17:30", null, "WARNING");
        step(jdbc, "DSH-PR2", "DSH-P2", "PROPOSAL", "reply", "DSH2", "2025-11-12T17:30", "2025-11-12T10:00", null);

        FixtureRows.payment(jdbc, "DSH-C1", "DSH1", "2025-11-10T10:00", "20000");
        FixtureRows.payment(jdbc, "DSH-C2", "DSH1", "2025-11-13T10:00", "50000");
        FixtureRows.payment(jdbc, "DSH-C5", "DSH2", "2025-11-11T10:00", "8000");
        FixtureRows.payment(jdbc, "DSH-C9", "DSH1", "2025-10-20T10:00", "5000");

        jdbc.sql("select case_no from case_file where case_no like 'DSH-%'").query(String.class).list().forEach(reports::refresh);
    }

    static void remove(JdbcClient jdbc) {
        FixtureRows.remove(jdbc, "DSH-", "DSH1", "DSH2");
    }

    private static void complaint(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                                  String satisfaction, int rehandled, String respondent, String respondentType, String owed,
                                  String recovered) {
        FixtureRows.complaint(jdbc, caseNo, unit, received, status, closed, satisfaction, rehandled, respondent, respondentType, owed,
                recovered);
    }

    private static void proposal(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                                 String satisfaction) {
        FixtureRows.proposal(jdbc, caseNo, unit, received, status, closed, satisfaction, 0);
    }

    private static void step(JdbcClient jdbc, String taskId, String caseNo, String type, String stepKey, String unit,
                             String due, String completed, String level) {
        FixtureRows.step(jdbc, taskId, caseNo, type, stepKey, unit, due, completed, false, level);
    }
}
