package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.identity.CamundaIdentitySync;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP API tests: real requests with HTTP Basic against the application on its random port,
 * as the demo accounts, with the engine clock on an ordinary working Monday. Cases are filed and walked
 * through the API itself, so each test owns its data in the database the whole suite shares.
 */
public abstract class ComplaintApiScenario extends PostgresIntegrationTest {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026, 09:00 in Shanghai: an ordinary working week with no holiday near. */
    protected static final Instant MONDAY_2_MARCH_0900 = at(2026, 3, 2, 9, 0);

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
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    protected Caller as(String username) {
        return as(username, TestUsers.PASSWORD);
    }

    protected Caller as(String username, String password) {
        return new Caller(headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8));
    }

    protected Caller anonymous() {
        return new Caller(headers -> {
        });
    }

    /** What ent-a files: a valid complaint against a city-level state enterprise (routed to GZW by the DMN). */
    protected static Map<String, Object> complaintBody() {
        Map<String, Object> complainant = new LinkedHashMap<>();
        complainant.put("name", "杭州甲乙科技有限公司");
        complainant.put("creditCode", TestUsers.ENT_A_CREDIT_CODE);
        complainant.put("sizeClass", "SMALL");
        complainant.put("contactName", "王经理");
        complainant.put("contactPhone", "13800000001");
        complainant.put("contactEmail", "wang@jiayi.example");
        complainant.put("address", "杭州市西湖区文三路 1 号");
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("name", "某市城市建设集团有限公司");
        respondent.put("creditCode", TestUsers.ENT_B_CREDIT_CODE);
        respondent.put("type", "LARGE_ENTERPRISE");
        respondent.put("region", "市本级");
        respondent.put("address", "杭州市上城区解放路 2 号");
        respondent.put("contactName", "刘主任");
        respondent.put("contactPhone", "0571-88000000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complainant", complainant);
        body.put("respondent", respondent);
        body.put("amountOwed", "1234567.89");
        body.put("contractNo", "HT-2024-001");
        body.put("contractDate", "2024-03-01");
        body.put("paymentDueDate", "2024-12-31");
        body.put("description", "完成软件开发项目并验收合格，对方逾期一年未付款。");
        body.put("inLitigation", false);
        return body;
    }

    /** The complaint body with one field, addressed as "respondent.type", set to a value (null removes it). */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> complaintWith(String path, Object value) {
        Map<String, Object> body = complaintBody();
        String[] steps = path.split("\\.");
        Map<String, Object> target = body;
        for (int i = 0; i < steps.length - 1; i++) {
            target = (Map<String, Object>) target.get(steps[i]);
        }
        if (value == null) {
            target.remove(steps[steps.length - 1]);
        } else {
            target.put(steps[steps.length - 1], value);
        }
        return body;
    }

    /** ent-a files the standard complaint; answers its tracking number. */
    protected String fileComplaint() {
        Reply submitted = as("ent-a").post("/api/complaints", complaintBody());
        assertThat(submitted.status()).as("filing a complaint: %s", submitted.text()).isEqualTo(201);
        return submitted.json().get("trackingNo").asText();
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

    protected void complete(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        Reply reply = as(username).post("/api/tasks/" + taskId(username, caseNo, taskKey) + "/complete", fields);
        assertThat(reply.status()).as("%s completes %s of %s: %s", username, taskKey, caseNo, reply.text()).isEqualTo(204);
    }

    /** Accepted and transferred to 财政局 (CZJ), unit-a's unit: the case waits for signing. */
    protected String complaintTransferredToCzj() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        return caseNo;
    }

    /** Signed by unit-a on Monday 2 March: handling is due 30 days later. */
    protected String complaintInHandling() {
        String caseNo = complaintTransferredToCzj();
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        return caseNo;
    }

    /** Handled and replied by unit-a: the complainant is asked to evaluate. */
    protected String complaintReplied() {
        String caseNo = complaintInHandling();
        complete("unit-a", caseNo, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "500000.00",
                "reply", "已约谈被投诉单位，双方签订分期还款协议，首期款项已支付。"));
        return caseNo;
    }

    protected JsonNode complaint(String username, String caseNo) {
        Reply reply = as(username).get("/api/complaints/" + caseNo);
        assertThat(reply.status()).as("%s reads %s: %s", username, caseNo, reply.text()).isEqualTo(200);
        return reply.json();
    }

    /** The total of a user's complaint list searched for one tracking number: 1 if they see it, else 0. */
    protected long listed(String username, String caseNo) {
        Reply reply = as(username).get("/api/complaints?q=" + caseNo);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("total").asLong();
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

        /** Posts the text as it is, so a test can send JSON that is broken. */
        public Reply postJson(String path, String body) {
            return send(http.post().uri(url(path)).headers(credentials)
                    .contentType(MediaType.APPLICATION_JSON).body(body.getBytes(StandardCharsets.UTF_8)));
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
