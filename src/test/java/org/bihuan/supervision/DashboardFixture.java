package org.bihuan.supervision;

import org.bihuan.casefile.CaseReports;
import org.bihuan.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

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

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = beijing("2025-11-19T10:00").toInstant();
    static final LocalDate NOVEMBER_1 = LocalDate.of(2025, 11, 1);
    static final LocalDate NOVEMBER_19 = LocalDate.of(2025, 11, 19);

    private DashboardFixture() {
    }

    static void insert(JdbcClient jdbc, CaseReports reports) {
        TestUsers.ensure(jdbc);
        remove(jdbc);
        jdbc.sql("insert into unit (code, name, kind) values ('DSH1', '看板测试一局', 'HANDLING'), ('DSH2', '看板测试二局', 'HANDLING')").update();

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

        payment(jdbc, "DSH-C1", "DSH1", "2025-11-10T10:00", "20000");
        payment(jdbc, "DSH-C2", "DSH1", "2025-11-13T10:00", "50000");
        payment(jdbc, "DSH-C5", "DSH2", "2025-11-11T10:00", "8000");
        payment(jdbc, "DSH-C9", "DSH1", "2025-10-20T10:00", "5000");

        jdbc.sql("select case_no from case_file where case_no like 'DSH-%'").query(String.class).list().forEach(reports::refresh);
    }

    static void remove(JdbcClient jdbc) {
        for (String table : new String[]{"timeline_event", "case_access", "report_recovery", "report_facts", "complaint_payment",
                "step_deadline", "complaint", "proposal", "case_file"}) {
            jdbc.sql("delete from " + table + " where case_no like 'DSH-%'").update();
        }
        jdbc.sql("delete from unit where code in ('DSH1', 'DSH2')").update();
    }

    static OffsetDateTime beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static void caseFile(JdbcClient jdbc, String caseNo, String type, String unit, String received, String status,
                                 String closed, String owner, String satisfaction, int rehandled) {
        jdbc.sql("""
                        insert into case_file (case_no, case_type, title, status, owner_username, unit_code, received_at, closed_at,
                            closure_reason, satisfaction, rehandle_count)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, type, "看板 " + caseNo, status, owner, unit, beijing(received),
                        closed == null ? null : beijing(closed), closed == null ? null : status, satisfaction, rehandled)
                .update();
    }

    private static void complaint(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                                  String satisfaction, int rehandled, String respondent, String respondentType, String owed,
                                  String recovered) {
        caseFile(jdbc, caseNo, "COMPLAINT", unit, received, status, closed, "ent-a", satisfaction, rehandled);
        jdbc.sql("""
                        insert into complaint (case_no, complainant_name, complainant_credit_code, complainant_size_class,
                            complainant_contact_name, complainant_contact_phone, complainant_address, respondent_name,
                            respondent_credit_code, respondent_type, respondent_region, amount_owed, amount_recovered,
                            contract_no, contract_date, payment_due_date, description, in_litigation)
                        values (?, '看板企业', ?, 'SMALL', '王经理', '13800000001', '杭州', ?, '11330100000000000X',
                            ?, '杭州', ?, ?, 'HT-1', ?, ?, 'dashboard fixture', false)""")
                .params(caseNo, TestUsers.ENT_A_CREDIT_CODE, respondent, respondentType, new BigDecimal(owed),
                        recovered == null ? null : new BigDecimal(recovered), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))
                .update();
    }

    private static void proposal(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                                 String satisfaction) {
        caseFile(jdbc, caseNo, "PROPOSAL", unit, received, status, closed, "member", satisfaction, 0);
        jdbc.sql("""
                        insert into proposal (case_no, session_year, title, content, category, proposal_type, lead_unit)
                        values (?, 2025, '看板提案', 'dashboard fixture', '经济', 'INDIVIDUAL', ?)""")
                .params(caseNo, unit)
                .update();
    }

    private static void step(JdbcClient jdbc, String taskId, String caseNo, String type, String stepKey, String unit,
                             String due, String completed, String level) {
        OffsetDateTime dueAt = beijing(due);
        jdbc.sql("""
                        insert into step_deadline (task_id, case_no, case_type, step_key, step_name, unit_code, created_at, due_at,
                            completed_at, escalation_level)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(taskId, caseNo, type, stepKey, stepKey, unit, dueAt.minusDays(3), dueAt,
                        completed == null ? null : beijing(completed), level)
                .update();
    }

    private static void payment(JdbcClient jdbc, String caseNo, String unit, String at, String runningTotal) {
        jdbc.sql("insert into complaint_payment (case_no, unit_code, recorded_at, amount_recovered, outcome) values (?, ?, ?, ?, 'PARTIALLY_PAID')")
                .params(caseNo, unit, beijing(at), new BigDecimal(runningTotal))
                .update();
    }
}
