package org.bihuan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bihuan.notification.NotificationDispatcher;
import org.bihuan.support.PageClient;
import org.bihuan.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's "first start in production", step by step, on an empty PostgreSQL with the postgres profile (no demo
 * data): the first administrator comes from BIHUAN_BOOTSTRAP_ADMIN_*, signs in, creates the units and the accounts
 * (each sets a password through the mailed link), checks the calendar, and a new unit's official then has a task.
 * A later start with other variables neither recreates nor resets the administrator; a weak password stops the first
 * start of another empty database. Each start is its own application context, with an engine of its own name.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartOnPostgresTest {

    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "Granite-Harbour-2031";
    private static final String PASSWORD = "Willow-Ferry-4417";
    private static EmbeddedPostgres postgres;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @BeforeAll
    static void anEmptyDatabase() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database office");
            connection.createStatement().execute("create database weak");
        }
    }

    @AfterAll
    static void stopTheDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theFirstAdministratorFromTheEnvironmentSetsUpAWorkingOfficeAndALaterStartResetsNothing(CapturedOutput log) throws Exception {
        try (ConfigurableApplicationContext office = start("office", Map.of(
                "BIHUAN_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "BIHUAN_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "BIHUAN_BOOTSTRAP_ADMIN_EMAIL", "chief@office.example"))) {
            assertThat(log.getOut()).contains("Created the first administrator 'chief'").doesNotContain(ADMIN_PASSWORD);

            // 1. the administrator signs in and finds an empty office
            PageClient admin = new PageClient(port).signIn(ADMIN, ADMIN_PASSWORD);
            assertThat(admin.get("/admin").status()).isEqualTo(200);
            assertThat(admin.get("/admin/units").body()).as("no unit yet: the routing table's units are unknown")
                    .doesNotContain("href=\"/admin/units/CZJ\"").contains("没有这个单位：按分派范围建议");

            // 2. units: the proposals committee's office and a handling unit
            admin.get("/admin/units/new");
            assertThat(admin.post("/admin/units", Map.of("code", "PCO", "name", "Proposals Committee Office",
                    "kind", "COMMITTEE", "regionCode", "330100")).status()).isEqualTo(302);
            assertThat(admin.post("/admin/units", Map.of("code", "WATER", "name", "Water Resources Bureau",
                    "kind", "HANDLING", "regionCode", "330100")).status()).isEqualTo(302);

            // 3. people: a committee clerk and a unit official by hand, the session's members from a file
            admin.get("/admin/users/new");
            assertThat(admin.post("/admin/users", Map.of("username", "clerk", "displayName", "Clerk Lin",
                    "email", "clerk@office.example", "roles", "COMMITTEE", "unitCode", "PCO")).status()).isEqualTo(302);
            assertThat(admin.post("/admin/users", Map.of("username", "waterman", "displayName", "Official Qian",
                    "email", "waterman@office.example", "roles", "UNIT", "unitCode", "WATER")).status()).isEqualTo(302);
            admin.get("/admin/users/import");
            PageClient.Page dryRun = admin.postMultipart("/admin/users/import", Map.of(), "file", "members.csv", "text/csv",
                    "username,displayName,email,roles\nmember1,Member Zhou,member1@cppcc.example,MEMBER\n".getBytes(StandardCharsets.UTF_8));
            java.util.regex.Matcher importId = java.util.regex.Pattern.compile("name=\"importId\" value=\"([^\"]+)\"").matcher(dryRun.body());
            assertThat(importId.find()).as(dryRun.body()).isTrue();
            assertThat(admin.post("/admin/users/import/confirm", Map.of("importId", importId.group(1))).body()).contains("已开通 1 个账号");

            // 4. everyone sets a password through the mailed link
            office.getBean(NotificationDispatcher.class).dispatchDue();
            for (String person : List.of("clerk@office.example", "waterman@office.example", "member1@cppcc.example")) {
                PageClient visitor = new PageClient(port);
                String link = TestMailServer.lastLinkSentTo(person);
                assertThat(visitor.get(link).status()).isEqualTo(200);
                String token = link.substring(link.indexOf("token=") + "token=".length());
                PageClient.Page set = visitor.post("/account/password", Map.of("token", token, "password", PASSWORD,
                        "passwordRepeat", PASSWORD));
                assertThat(set.status()).as(person).isEqualTo(302);
            }

            // 5. the calendar knows this year and next year's warning shows from November
            assertThat(admin.get("/admin/calendar").body()).contains("2025", "2026", "国务院办公厅关于2026年部分节假日安排的通知");

            // 6. work flows: a member's proposal, registered and assigned to the new unit, is the new official's task
            Map<String, Object> proposal = new LinkedHashMap<>();
            proposal.put("title", "Clean rivers");
            proposal.put("content", "问题：河道污染。分析：排污监管不足。建议：一是加强巡查；二是公开水质数据。");
            proposal.put("category", "生态环境");
            proposal.put("type", "INDIVIDUAL");
            proposal.put("cosigners", List.of());
            HttpResponse<String> filed = post("member1", "/api/proposals", proposal);
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            String proposalNo = json.readTree(filed.body()).get("proposalNo").asText();
            complete("clerk", proposalNo, "review", Map.of("decision", "REGISTER"));
            complete("clerk", proposalNo, "assign", Map.of("leadUnit", "WATER", "coUnits", List.of(), "mode", "LEAD"));
            JsonNode tasks = json.readTree(get("waterman", "/api/tasks?caseNo=" + proposalNo).body());
            assertThat(tasks).extracting(task -> task.get("taskKey").asText()).containsExactly("signFor");
        }

        try (ConfigurableApplicationContext later = start("office", Map.of(
                "BIHUAN_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "BIHUAN_BOOTSTRAP_ADMIN_PASSWORD", "Another-Strong-Pass-88"))) {
            assertThat(log.getOut()).contains("BIHUAN_BOOTSTRAP_ADMIN_* is ignored");
            assertThat(new PageClient(port).signsIn(ADMIN, ADMIN_PASSWORD)).as("the first password still works").isTrue();
            assertThat(new PageClient(port).signsIn(ADMIN, "Another-Strong-Pass-88")).as("nothing was reset").isFalse();
            assertThat(later.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select count(*) from audit_entry where actor = 'bootstrap'").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aWeakPasswordStopsTheFirstStartSayingWhyAndCreatesNoAdministrator(CapturedOutput log) throws SQLException {
        assertThatThrownBy(() -> start("weak", Map.of("BIHUAN_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "BIHUAN_BOOTSTRAP_ADMIN_PASSWORD", "password123")))
                .hasStackTraceContaining("BIHUAN_BOOTSTRAP_ADMIN_PASSWORD is refused: it is one of the most common passwords");
        assertThat(log.getOut()).doesNotContain("Created the first administrator");
        try (Connection connection = postgres.getDatabase("postgres", "weak").getConnection()) {
            var found = connection.createStatement().executeQuery("select count(*) from app_user");
            found.next();
            assertThat(found.getInt(1)).isZero();
        }
    }

    /** The application with the postgres profile on this database, the variables as the environment's. */
    private ConfigurableApplicationContext start(String database, Map<String, Object> environment) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("first-start-environment", environment));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BihuanApplication.class).environment(env).run(
                "--spring.profiles.active=postgres",
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--camunda.bpm.process-engine-name=firststart",
                "--camunda.bpm.job-execution.enabled=false",
                "--bihuan.notification.scheduling-enabled=false",
                "--bihuan.tasks.scheduling-enabled=false",
                "--bihuan.drafts.cleanup-enabled=false",
                "--bihuan.calendar.directory=target/first-start-calendar");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return context;
    }

    private void complete(String username, String caseNo, String taskKey, Map<String, Object> values) throws Exception {
        JsonNode tasks = json.readTree(get(username, "/api/tasks?caseNo=" + caseNo).body());
        String id = null;
        for (JsonNode task : tasks) {
            if (taskKey.equals(task.get("taskKey").asText())) {
                id = task.get("id").asText();
            }
        }
        assertThat(id).as("%s's %s task of %s: %s", username, taskKey, caseNo, tasks).isNotNull();
        HttpResponse<String> done = post(username, "/api/tasks/" + id + "/complete", values);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return http.send(request(username, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String username, String path, Object body) throws Exception {
        return http.send(request(username, path).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String username, String path) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic);
    }
}
