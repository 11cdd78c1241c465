package org.bihuan.proposal;

import org.bihuan.support.PostgresIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database with proposals from before sessions were kept: the upgrade adds sessions and leaves those proposals without
 * one (their number and letter keep their year, see CppccSessionsApiTest), inventing no session. Runs the migrations in
 * a schema of its own.
 */
class CppccSessionMigrationTest extends PostgresIntegrationTest {

    private static final String SCHEMA = "upgrade_to_sessions";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void proposalsFiledBeforeSessionsWereKeptHaveNoneAndNoSessionIsInvented() {
        migrate("17");
        sql("insert into app_user (username, password_hash, display_name) values ('m', 'x', '委员')");
        sql("""
                insert into case_file (case_no, case_type, title, status, owner_username, received_at)
                values ('20250001', 'PROPOSAL', '提案', 'UNDER_REVIEW', 'm', '2025-03-02T01:00:00Z')""");
        sql("""
                insert into proposal (case_no, session_year, title, content, category, proposal_type)
                values ('20250001', 2025, '提案', '内容', '经济', 'INDIVIDUAL')""");

        migrate("latest");

        assertThat(jdbc.sql("select count(*) from " + SCHEMA + ".cppcc_session").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select session_id from " + SCHEMA + ".proposal where case_no = '20250001'").query(Long.class).optional())
                .isEmpty();
        assertThat(jdbc.sql("select session_year from " + SCHEMA + ".proposal where case_no = '20250001'").query(Integer.class).single())
                .isEqualTo(2025);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").target(target)
                .load().migrate();
    }

    private void sql(String statement) {
        jdbc.sql(statement.replace("insert into ", "insert into " + SCHEMA + ".")).update();
    }
}
