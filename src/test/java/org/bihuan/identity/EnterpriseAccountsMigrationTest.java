package org.bihuan.identity;

import org.bihuan.support.PostgresIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgraded database keeps its enterprise accounts working: V12 makes one enterprise (unverified: nobody checked
 * a licence) per credit code of the existing accounts, and grants the enterprise its existing complaints. Runs the
 * migrations in a schema of its own.
 */
class EnterpriseAccountsMigrationTest extends PostgresIntegrationTest {

    private static final String SCHEMA = "upgrade_to_v12";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void existingEnterpriseAccountsBecomeEnterprisesThatSeeTheirComplaints() {
        migrate("10");
        sql("""
                insert into app_user (username, password_hash, display_name, credit_code)
                values ('old-a', 'x', '甲公司', '91330100MA2X7K1L1G'), ('old-a2', 'x', '甲公司出纳', '91330100MA2X7K1L1G'),
                       ('member', 'x', '委员', null)""");
        sql("insert into app_user_role (username, role) values ('old-a', 'ENTERPRISE'), ('old-a2', 'ENTERPRISE'), ('member', 'MEMBER')");
        sql("""
                insert into case_file (case_no, case_type, title, status, owner_username, received_at)
                values ('C-1', 'COMPLAINT', '欠款', 'SUBMITTED', 'old-a2', '2025-06-01T01:00:00Z'),
                       ('P-1', 'PROPOSAL', '提案', 'SUBMITTED', 'member', '2025-06-02T01:00:00Z')""");

        migrate("latest");

        List<Map<String, Object>> enterprises = jdbc.sql("select * from " + SCHEMA + ".enterprise").query().listOfRows();
        assertThat(enterprises).hasSize(1);
        assertThat(enterprises.get(0)).containsEntry("credit_code", "91330100MA2X7K1L1G")
                .containsEntry("administrator", "old-a").containsEntry("verification", "UNVERIFIED");
        assertThat(enterprises.get(0).get("activated_at")).as("its accounts keep working").isNotNull();
        assertThat(jdbc.sql("select case_no, kind, principal from " + SCHEMA + ".case_access").query().listOfRows())
                .containsExactly(Map.of("case_no", "C-1", "kind", "ENTERPRISE", "principal", "91330100MA2X7K1L1G"));
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").target(target)
                .load().migrate();
    }

    private void sql(String statement) {
        jdbc.sql(statement.replaceFirst("(?i)insert into (\\w+)", "insert into " + SCHEMA + ".$1")).update();
    }
}
