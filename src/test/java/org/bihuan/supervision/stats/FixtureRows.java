package org.bihuan.supervision.stats;

import org.bihuan.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The rows a hand-built fixture of the figures writes straight into the lifecycles' and the case file's tables (the
 * reporting read model is then refreshed from them, as a committed step would refresh it). Times are Beijing time.
 */
final class FixtureRows {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private FixtureRows() {
    }

    static OffsetDateTime beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A case file with its rating and rehandling (the case file's own); closed cases carry their status as the reason. */
    static void caseFile(JdbcClient jdbc, String caseNo, String type, String unit, String received, String status, String closed,
                         String owner, String satisfaction, int rehandled) {
        jdbc.sql("""
                        insert into case_file (case_no, case_type, title, status, owner_username, unit_code, received_at, closed_at,
                            closure_reason, satisfaction, rehandle_count)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, type, "fixture " + caseNo, status, owner, unit, beijing(received),
                        closed == null ? null : beijing(closed), closed == null ? null : status, satisfaction, rehandled)
                .update();
    }

    /** ent-a's complaint against the respondent, with its case file. */
    static void complaint(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                          String satisfaction, int rehandled, String respondent, String respondentType, String owed, String recovered) {
        caseFile(jdbc, caseNo, "COMPLAINT", unit, received, status, closed, "ent-a", satisfaction, rehandled);
        jdbc.sql("""
                        insert into complaint (case_no, complainant_name, complainant_credit_code, complainant_size_class,
                            complainant_contact_name, complainant_contact_phone, complainant_address, respondent_name,
                            respondent_credit_code, respondent_type, respondent_region, amount_owed, amount_recovered,
                            contract_no, contract_date, payment_due_date, description, in_litigation)
                        values (?, '甲公司', ?, 'SMALL', '王经理', '13800000001', '杭州', ?, '11330100000000000X',
                            ?, '杭州', ?, ?, 'HT-1', ?, ?, 'fixture', false)""")
                .params(caseNo, TestUsers.ENT_A_CREDIT_CODE, respondent, respondentType, new BigDecimal(owed),
                        recovered == null ? null : new BigDecimal(recovered), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))
                .update();
    }

    /** member's proposal led by the unit, with its case file. */
    static void proposal(JdbcClient jdbc, String caseNo, String unit, String received, String status, String closed,
                         String satisfaction, int rehandled) {
        caseFile(jdbc, caseNo, "PROPOSAL", unit, received, status, closed, "member", satisfaction, rehandled);
        jdbc.sql("""
                        insert into proposal (case_no, session_year, title, content, category, proposal_type, lead_unit)
                        values (?, 2025, 'fixture', 'fixture', '经济', 'INDIVIDUAL', ?)""")
                .params(caseNo, unit)
                .update();
    }

    /** A step with a deadline, created three days before it; done at {@code completed}, or cancelled the day before it. */
    static void step(JdbcClient jdbc, String taskId, String caseNo, String type, String stepKey, String unit, String due,
                     String completed, boolean cancelled, String escalationLevel) {
        OffsetDateTime dueAt = beijing(due);
        jdbc.sql("""
                        insert into step_deadline (task_id, case_no, case_type, step_key, step_name, unit_code, created_at, due_at,
                            completed_at, cancelled_at, escalation_level)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(taskId, caseNo, type, stepKey, stepKey, unit, dueAt.minusDays(3), dueAt,
                        completed == null ? null : beijing(completed), cancelled ? dueAt.minusDays(1) : null, escalationLevel)
                .update();
    }

    /** A handling unit's report of the running total recovered (清欠台账). */
    static void payment(JdbcClient jdbc, String caseNo, String unit, String at, String runningTotal) {
        jdbc.sql("insert into complaint_payment (case_no, unit_code, recorded_at, amount_recovered, outcome) values (?, ?, ?, ?, 'PARTIALLY_PAID')")
                .params(caseNo, unit, beijing(at), new BigDecimal(runningTotal))
                .update();
    }

    /** Takes away every row of the cases whose number starts with the prefix, and the units. */
    static void remove(JdbcClient jdbc, String casePrefix, String... units) {
        for (String table : new String[]{"timeline_event", "case_access", "report_recovery", "report_facts", "complaint_payment",
                "step_deadline", "complaint", "proposal", "case_file"}) {
            jdbc.sql("delete from " + table + " where case_no like ?").param(casePrefix + "%").update();
        }
        for (String unit : units) {
            jdbc.sql("delete from unit where code = ?").param(unit).update();
        }
    }
}
