package org.bihuan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityTests extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    PasswordEncoder passwordEncoder;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void accounts() {
        TestUsers.ensure(jdbc);
    }

    @Test
    void aUnitOfficialSeesTheirNameRolesAndUnit() throws Exception {
        HttpResponse<String> response = get("/api/me", "unit-a", TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = objectMapper.readTree(response.body());
        assertThat(me.get("username").asText()).isEqualTo("unit-a");
        assertThat(me.get("displayName").asText()).isEqualTo("钱承办（财政局）");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("UNIT");
        assertThat(me.get("unitCode").asText()).isEqualTo("CZJ");
        assertThat(me.get("unitName").asText()).isEqualTo("市财政局");
        assertThat(me.has("creditCode")).isFalse();
    }

    @Test
    void anEnterpriseSeesTheCreditCodeItSpeaksForAndNoUnit() throws Exception {
        HttpResponse<String> response = get("/api/me", "ent-a", TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = objectMapper.readTree(response.body());
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("ENTERPRISE");
        assertThat(me.get("creditCode").asText()).isEqualTo(TestUsers.ENT_A_CREDIT_CODE);
        assertThat(me.get("unitCode").isNull()).isTrue();
        assertThat(me.has("unitName")).isFalse();
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJson() throws Exception {
        HttpResponse<String> response = http.send(request("/api/me").build(), utf8());

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void aScriptCallWithoutCredentialsGetsNoBasicChallengeSoNoBrowserDialogOpens() throws Exception {
        HttpResponse<String> response = http.send(
                request("/api/me").header("X-Requested-With", "XMLHttpRequest").build(), utf8());

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aWrongPasswordIsAnswered401AsProblemJson() throws Exception {
        assertProblem(get("/api/me", "unit-a", "wrong"), 401);
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'retired'").query(Integer.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, enabled) "
                            + "values ('retired', :hash, '已停用', false)")
                    .param("hash", passwordEncoder.encode(TestUsers.PASSWORD))
                    .update();
            jdbc.sql("insert into app_user_role (username, role) values ('retired', 'INTAKE')").update();
        }

        assertProblem(get("/api/me", "retired", TestUsers.PASSWORD), 401);
    }

    @Test
    void anyAuthenticatedUserListsTheHandlingUnitsSortedByCode() throws Exception {
        HttpResponse<String> response = get("/api/units", "ent-b", TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode units = objectMapper.readTree(response.body());
        List<String> codes = new ArrayList<>();
        units.forEach(unit -> codes.add(unit.get("code").asText()));
        assertThat(codes).contains("CZJ", "GXJ", "GZW").doesNotContain("QQB", "DCS", "TAW").isSorted();
        assertThat(units.get(codes.indexOf("CZJ")).get("name").asText()).isEqualTo("市财政局");
    }

    @Test
    void theAdministrationApiIsForbiddenToAnIntakeOfficialAsProblemJson() throws Exception {
        assertProblem(get("/api/admin/anything", "intake", TestUsers.PASSWORD), 403);
    }

    @Test
    void anAdministratorPassesSecurityOnTheAdministrationApi() throws Exception {
        HttpResponse<String> response = get("/api/admin/anything", "admin", TestUsers.PASSWORD);

        assertThat(response.statusCode()).isNotIn(401, 403);
    }

    @Test
    void publishedProposalsAndTheHealthCheckNeedNoAccount() throws Exception {
        assertThat(http.send(request("/api/proposals/published").build(), utf8()).statusCode()).isNotIn(401, 403);
        assertThat(http.send(request("/actuator/health").build(), utf8()).statusCode()).isEqualTo(200);
    }

    @Test
    void theHealthCheckShowsItsDetailsSuchAsUnwatchedCasesOnlyToAdministratorsAndSupervisors() throws Exception {
        String anonymous = http.send(request("/actuator/health").build(), utf8()).body();
        String supervisor = get("/actuator/health", "supervisor", TestUsers.PASSWORD).body();
        String enterprise = get("/actuator/health", "ent-a", TestUsers.PASSWORD).body();

        assertThat(anonymous).contains("\"deadlineWatch\"").doesNotContain("\"details\"");
        assertThat(enterprise).doesNotContain("\"details\"");
        assertThat(supervisor).contains("\"details\"", "yearsLoaded");
    }

    @Test
    void theEngineRestApiNeedsCredentials() throws Exception {
        assertProblem(http.send(request("/engine-rest/engine").build(), utf8()), 401);
    }

    @Test
    void theEngineRestApiIsForAdministratorsOnly() throws Exception {
        assertProblem(get("/engine-rest/engine", "supervisor", TestUsers.PASSWORD), 403);

        HttpResponse<String> response = get("/engine-rest/engine", "admin", TestUsers.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(objectMapper.readTree(response.body()).get(0).get("name").asText()).isEqualTo("default");
    }

    private void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = objectMapper.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request(path).header("Authorization", "Basic " + credentials).build(), utf8());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
