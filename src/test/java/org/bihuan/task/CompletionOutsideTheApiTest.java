package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.complaint.ComplaintApiScenario;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A task completed past our API (Tasklist's submit-form, any {@code TaskService.complete}) meets the same form,
 * the same offered options and the same lifecycle rules in the engine, and is recorded in the case file.
 */
class CompletionOutsideTheApiTest extends ComplaintApiScenario {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TaskService taskService;
    @Autowired
    CaseFiles caseFiles;

    @Test
    void tasklistCannotRejectAComplaintWithoutAReason() throws Exception {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        HttpResponse<String> refused = tasklist("intake").submitForm(acceptReview, "{\"decision\": {\"value\": \"REJECT\", \"type\": \"String\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("message").asText()).contains("reason is required");
        assertThat(taskId("intake", caseNo, "acceptReview")).isEqualTo(acceptReview);
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(caseFiles.latestSubmission(caseNo, "acceptReview")).isEmpty();
    }

    @Test
    void aValidTasklistCompletionGoesOnAndIsKeptInTheCaseFileWithoutItsLongTextInTheEngine() throws Exception {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        HttpResponse<String> done = tasklist("intake").submitForm(acceptReview,
                "{\"decision\": {\"value\": \"SUPPLEMENT\", \"type\": \"String\"},"
                        + " \"reason\": {\"value\": \"请补充合同及发票复印件\", \"type\": \"String\"}}");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(complaint("ent-a", caseNo).get("status").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(caseFiles.latestSubmission(caseNo, "acceptReview")).hasValue(
                Map.of("decision", "SUPPLEMENT", "reason", "请补充合同及发票复印件"));
        assertThat(caseFiles.timeline(caseNo)).filteredOn(e -> e.type().equals("acceptReview"))
                .extracting(TimelineEvent::actor).containsExactly("intake");
        String supplement = taskId("ent-a", caseNo, "supplement");
        assertThat(taskService.getVariable(supplement, "decision")).isEqualTo("SUPPLEMENT");
        assertThat(taskService.getVariables(supplement)).doesNotContainKey("reason");
    }

    @Test
    void taskServiceCompleteWithVariablesThatBreakTheFormThrowsAndTheTaskStaysOpen() {
        String caseNo = fileComplaint();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        assertThatThrownBy(() -> taskService.complete(acceptReview, Map.of("decision", "REJECT")))
                .isInstanceOf(FormFieldValidationException.class)
                .isInstanceOfSatisfying(CompletionRejectedException.class, rejected ->
                        assertThat(rejected.errors()).containsExactly(new FieldError("reason", "is required")));

        assertThat(taskId("intake", caseNo, "acceptReview")).isEqualTo(acceptReview);
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void theLifecycleRulesHoldInTheEngineToo() {
        Reply filed = as("ent-a").post("/api/complaints", complaintWith("inLitigation", true));
        String caseNo = filed.json().get("trackingNo").asText();
        String acceptReview = taskId("intake", caseNo, "acceptReview");

        assertThatThrownBy(() -> taskService.complete(acceptReview, Map.of("decision", "ACCEPT")))
                .isInstanceOfSatisfying(CompletionRejectedException.class, rejected ->
                        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("decision"));
        assertThat(taskId("intake", caseNo, "acceptReview")).isEqualTo(acceptReview);
    }

    @Test
    void theTransferTaskOffersTheHandlingUnitsAndTasklistMustChooseOne() throws Exception {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        String transfer = taskId("intake", caseNo, "transfer");

        TypedValue offered = taskService.getVariableLocalTyped(transfer, "unitOptions");
        assertThat(offered.getType().getName()).isEqualTo("json");
        JsonNode units = json.readTree(offered.getValue().toString());
        assertThat(units).extracting(u -> u.get("value").asText() + " " + u.get("label").asText())
                .contains("CZJ 市财政局", "GZW 市国资委").doesNotContain("QQB 市清欠办（受理）");
        // the routing table's suggestion is what the select starts with
        assertThat(taskService.getVariable(transfer, "unitCode")).isEqualTo("GZW");

        HttpResponse<String> notAHandlingUnit = tasklist("intake").submitForm(transfer,
                "{\"unitCode\": {\"value\": \"QQB\", \"type\": \"String\"}}");
        assertThat(notAHandlingUnit.statusCode()).as(notAHandlingUnit.body()).isEqualTo(400);
        assertThat(json.readTree(notAHandlingUnit.body()).get("message").asText()).contains("unitCode 'QQB' is not one of the offered options");

        HttpResponse<String> done = tasklist("intake").submitForm(transfer, "{\"unitCode\": {\"value\": \"CZJ\", \"type\": \"String\"}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("TRANSFERRED");
    }

    /** A browser signed in with Spring's login form that has opened Tasklist, as a clerk does. */
    private Tasklist tasklist(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(get("/login"), utf8()).body();
        Matcher csrf = CSRF_FIELD.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + username + "&password=" + org.bihuan.support.TestUsers.PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), utf8());
        assertThat(login.statusCode()).isEqualTo(302);
        // loading the page hands the user over to the webapps and sets their XSRF cookie
        URI page = url("/camunda/app/tasklist/");
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(page).GET().build(), utf8());
            if (response.statusCode() / 100 != 3) {
                assertThat(response.statusCode()).isEqualTo(200);
                break;
            }
            page = page.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        assertThat(browser.send(get("/camunda/api/admin/auth/user/default"), utf8()).statusCode()).isEqualTo(200);
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return new Tasklist(browser, xsrf);
    }

    /** Tasklist's own calls: its engine API under the webapp path, with the webapps' XSRF header. */
    private final class Tasklist {

        private final HttpClient browser;
        private final String xsrf;

        Tasklist(HttpClient browser, String xsrf) {
            this.browser = browser;
            this.xsrf = xsrf;
        }

        HttpResponse<String> submitForm(String taskId, String variables) throws Exception {
            return browser.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": " + variables + "}")).build(), utf8());
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).GET().build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
