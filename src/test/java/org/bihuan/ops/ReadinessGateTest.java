package org.bihuan.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server while it is not ready, as Spring Boot marks it between "Started" and the end of the startup
 * runners: here by publishing REFUSING_TRAFFIC on the shared context, and ACCEPTING_TRAFFIC again after.
 */
class ReadinessGateTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void notReady() {
        TestUsers.ensure(jdbc);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    }

    @AfterEach
    void readyAgain() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void anApiCallBeforeTheServerIsReadyGets503WithRetryAfterAsProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/me", true);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/me");
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @Test
    void aSubmissionIsRefusedBeforeSecurityOrTheControllerSeesIt() throws Exception {
        HttpRequest post = request("/api/complaints", true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aPageBeforeTheServerIsReadyIsAShortStartingPage() throws Exception {
        HttpResponse<String> response = get("/login", false);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("系统正在启动");
    }

    @Test
    void readinessReportsOutOfServiceAndLivenessStaysUpWhileStarting() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", false);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(json.readTree(readiness.body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");

        HttpResponse<String> liveness = get("/actuator/health/liveness", false);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void onceReadyTheSameCallsAreServedAndReadinessIsUp() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        assertThat(get("/api/me", true).statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get("/actuator/health/readiness", false);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).get("status").asText()).isEqualTo("UP");
    }

    private HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        return http.send(request(path, signedIn).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, boolean signedIn) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("unit-a:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
