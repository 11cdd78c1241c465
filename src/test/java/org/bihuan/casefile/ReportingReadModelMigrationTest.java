package org.bihuan.casefile;

import org.bihuan.support.PostgresIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgraded database starts with a complete read model: V7 fills report_facts and report_recovery from the
 * complaints, proposals and recovery reports already there. Runs the migrations in a schema of its own.
 */
class ReportingReadModelMigrationTest extends PostgresIntegrationTest {

    private static final String SCHEMA = "upgrade_to_v7";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void theUpgradeFillsTheReportFromTheCasesAlreadyThere() {
        migrate("5");
        sql("insert into unit (code, name, kind) values ('U1', '一局', 'HANDLING')");
        sql("insert into app_user (username, password_hash, display_name) values ('ent', 'x', '企业')");
        sql("""
                insert into case_file (case_no, case_type, title, status, owner_username, unit_code, received_at)
                values ('C-1', 'COMPLAINT', '欠款', 'REPLIED', 'ent', 'U1', '2025-06-01T01:00:00Z'),
                       ('P-1', 'PROPOSAL', '提案', 'CLOSED', 'ent', 'U1', '2025-06-02T01:00:00Z')""");
        sql("""
                insert into complaint (case_no, complainant_name, complainant_credit_code, complainant_size_class,
                    complainant_contact_name, complainant_contact_phone, complainant_address, respondent_name,
                    respondent_credit_code, respondent_type, respondent_region, amount_owed, amount_recovered,
                    contract_no, contract_date, payment_due_date, description, in_litigation, satisfaction, rehandle_count)
                values ('C-1', '甲', '91330100MA2H3B4C61', 'SMALL', '王', '1', '杭州', '乙单位', '11330100000000000X',
                    'GOVERNMENT', '市本级', 1000.00, 600.00, 'HT', '2024-01-01', '2024-06-30', '欠款', false, 'UNSATISFIED', 1)""");
        sql("""
                insert into proposal (case_no, session_year, title, content, category, proposal_type, satisfaction, rehandle_count)
                values ('P-1', 2025, '提案', '内容', '经济', 'JOINT', 'SATISFIED', 0)""");
        sql("""
                insert into complaint_payment (case_no, unit_code, recorded_at, amount_recovered, outcome)
                values ('C-1', 'U1', '2025-06-20T02:00:00Z', 600.00, 'PARTIALLY_PAID'),
                       ('C-1', 'U1', '2025-06-10T02:00:00Z', 200.00, 'PARTIALLY_PAID')""");

        migrate("latest");

        Map<String, Object> complaint = row("select * from " + SCHEMA + ".report_case where case_no = 'C-1'");
        assertThat(complaint).containsEntry("case_type", "COMPLAINT").containsEntry("status", "REPLIED")
                .containsEntry("party_name", "乙单位").containsEntry("party_type", "GOVERNMENT").containsEntry("region", "市本级")
                .containsEntry("satisfaction", "UNSATISFIED").containsEntry("rehandle_count", 1);
        assertThat((BigDecimal) complaint.get("amount_owed")).isEqualByComparingTo("1000");
        assertThat((BigDecimal) complaint.get("amount_recovered")).isEqualByComparingTo("600");
        assertThat(row("select * from " + SCHEMA + ".report_case where case_no = 'P-1'"))
                .containsEntry("party_type", "JOINT").containsEntry("category", "经济").containsEntry("satisfaction", "SATISFIED");
        List<String> recoveries = jdbc.sql("select seq, recorded_at, running_total from " + SCHEMA + ".report_recovery order by seq")
                .query((rs, i) -> rs.getInt("seq") + " " + rs.getObject("recorded_at", OffsetDateTime.class).toInstant() + " "
                        + rs.getBigDecimal("running_total").toPlainString())
                .list();
        assertThat(recoveries).as("numbered in the order they were reported")
                .containsExactly("1 2025-06-10T02:00:00Z 200.00", "2 2025-06-20T02:00:00Z 600.00");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").target(target)
                .load().migrate();
    }

    private void sql(String statement) {
        jdbc.sql(statement.replaceFirst("(?i)insert into (\\w+)", "insert into " + SCHEMA + ".$1")).update();
    }

    private Map<String, Object> row(String query) {
        return jdbc.sql(query).query().singleRow();
    }
}
