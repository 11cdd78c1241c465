package org.bihuan.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.identity.CamundaIdentitySync;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP API tests: real requests with HTTP Basic against the application on its random port,
 * as the demo accounts, with the engine clock on an ordinary working Monday. Cases are filed and walked
 * through the API itself, so each test owns its data in the database the whole suite shares.
 */
public abstract class ApiScenario extends PostgresIntegrationTest {

    protected static final ZoneId SHANGHAI = LifecycleScenario.SHANGHAI;
    /** Monday 2 March 2026, 09:00 in Shanghai: an ordinary working week with no holiday near. */
    protected static final Instant MONDAY_2_MARCH_0900 = LifecycleScenario.MONDAY_2_MARCH_0900;

    @LocalServerPort
    protected int port;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected CamundaIdentitySync identitySync;

    private final RestClient http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).build();

    @BeforeEach
    void accountsAndClock() {
        TestUsers.ensure(jdbc);
        identitySync.syncToCamunda();
        EngineClock.set(MONDAY_2_MARCH_0900);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    protected static Instant at(int year, int month, int day, int hour, int minute) {
        return LifecycleScenario.at(year, month, day, hour, minute);
    }

    /** Accounts a test made with a password of their own (not the demo accounts'): {@link #as(String)} uses it. */
    private final Map<String, String> passwords = new java.util.HashMap<>();

    protected void rememberPassword(String username, String password) {
        passwords.put(username, password);
    }

    protected Caller as(String username) {
        return as(username, passwords.getOrDefault(username, TestUsers.PASSWORD));
    }

    protected Caller as(String username, String password) {
        return new Caller(headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8));
    }

    protected Caller anonymous() {
        return new Caller(headers -> {
        });
    }

    /**
     * Without an account, from a client address of the test's own (as a proxy would forward it), so that the
     * per-address rate limit of one test does not count another test's requests.
     */
    protected Caller anonymousFrom(String clientAddress) {
        return new Caller(headers -> headers.set("X-Forwarded-For", clientAddress));
    }

    /** The id of the case's one open task with this key, as the user's task list shows it. */
    protected String taskId(String username, String caseNo, String taskKey) {
        List<JsonNode> tasks = tasksOf(username, caseNo).stream().filter(t -> taskKey.equals(t.get("taskKey").asText())).toList();
        assertThat(tasks).as("open %s task of %s in %s's list", taskKey, caseNo, username).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    protected List<JsonNode> tasksOf(String username, String caseNo) {
        Reply reply = as(username).get("/api/tasks?caseNo=" + caseNo);
        assertThat(reply.status()).as("task list of %s: %s", username, reply.text()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        reply.json().forEach(tasks::add);
        return tasks;
    }

    /** Completes the user's one open task of this key on the case; the answer is what the API said. */
    protected Reply submitTask(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        return as(username).post("/api/tasks/" + taskId(username, caseNo, taskKey) + "/complete", fields);
    }

    protected void complete(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        Reply reply = submitTask(username, caseNo, taskKey, fields);
        assertThat(reply.status()).as("%s completes %s of %s: %s", username, taskKey, caseNo, reply.text()).isEqualTo(204);
    }

    /** One user's requests. */
    public final class Caller {

        private final Consumer<HttpHeaders> credentials;

        private Caller(Consumer<HttpHeaders> credentials) {
            this.credentials = credentials;
        }

        public Reply get(String path) {
            return send(http.get().uri(url(path)).headers(credentials));
        }

        public Reply post(String path) {
            return send(http.post().uri(url(path)).headers(credentials));
        }

        public Reply post(String path, Object body) {
            try {
                return postJson(path, json.writeValueAsString(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Reply put(String path, Object body) {
            try {
                return send(http.put().uri(url(path)).headers(credentials)
                        .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Reply delete(String path) {
            return send(http.delete().uri(url(path)).headers(credentials));
        }

        /** Posts the text as it is, so a test can send JSON that is broken. */
        public Reply postJson(String path, String body) {
            return send(http.post().uri(url(path)).headers(credentials)
                    .contentType(MediaType.APPLICATION_JSON).body(body.getBytes(StandardCharsets.UTF_8)));
        }

        /** A multipart form: text fields and one file part, as a browser sends a form with a file input. */
        public Reply postForm(String path, Map<String, String> fields, String filePart, String filename, MediaType declaredType,
                              byte[] content) {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            fields.forEach(parts::add);
            if (filePart != null) {
                HttpHeaders partHeaders = new HttpHeaders();
                partHeaders.setContentType(declaredType);
                ByteArrayResource file = new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return filename;
                    }
                };
                parts.add(filePart, new HttpEntity<>(file, partHeaders));
            }
            return send(http.post().uri(url(path)).headers(credentials).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
        }

        /** A multipart upload of one part named {@code file}, declared with the given content type. */
        public Reply upload(String path, String filename, MediaType declaredType, byte[] content) {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(declaredType);
            ByteArrayResource file = new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return filename;
                }
            };
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", new HttpEntity<>(file, partHeaders));
            return send(http.post().uri(url(path)).headers(credentials).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
        }

        private Reply send(RestClient.RequestHeadersSpec<?> request) {
            return request.exchange((req, response) ->
                    new Reply(response.getStatusCode().value(), response.getHeaders(), response.getBody().readAllBytes()));
        }

        private String url(String path) {
            return "http://localhost:" + port + path;
        }
    }

    /** A response as it came over the wire. */
    public final class Reply {

        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;

        Reply(int status, HttpHeaders headers, byte[] body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public HttpHeaders headers() {
            return headers;
        }

        public byte[] body() {
            return body;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return json.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        /** The fields a 400 problem names under {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
            return fields;
        }

        public String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? null : type.toString();
        }
    }
}
