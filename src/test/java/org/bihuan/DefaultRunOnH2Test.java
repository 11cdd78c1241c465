package org.bihuan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's `./mvnw spring-boot:run`: the default profile on H2 with the demo accounts and cases,
 * in its own application context beside the shared PostgreSQL one. Camunda keeps a JVM-wide registry
 * of engines by name, so this engine is called "smoke": a second "default" would replace the shared
 * context's engine there and take it away when this context closes.
 */
class DefaultRunOnH2Test {

    private static final String ENGINE = "smoke";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext application;
    private static int port;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTheDefaultRun() {
        application = new SpringApplicationBuilder(BihuanApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:default-run-smoke;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.process-engine-name=" + ENGINE,
                "--camunda.bpm.job-execution.enabled=false",
                "--bihuan.calendar.directory=target/default-run-calendar",
                "--bihuan.notification.scheduling-enabled=false");
        port = ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void theDemoAccountsExistWithTheirRoles() {
        Users users = application.getBean(Users.class);

        assertThat(users.withRole(Role.ENTERPRISE)).extracting(user -> user.username()).contains("ent-a", "ent-b");
        assertThat(users.withRole(Role.INTAKE)).extracting(user -> user.username()).contains("intake");
        assertThat(users.withRole(Role.UNIT)).extracting(user -> user.username()).contains("unit-a", "unit-b");
        assertThat(users.find("supervisor")).isPresent();
        assertThat(users.find("admin")).isPresent();
    }

    @Test
    void anIntakeClerkSeesTheDemoComplaintsInSeveralStages() throws Exception {
        String basic = Base64.getEncoder().encodeToString("intake:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/complaints"))
                .header("Authorization", "Basic " + basic).GET().build(), utf8());

        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> statuses = new HashSet<>();
        json.readTree(response.body()).get("items").forEach(item -> statuses.add(item.get("status").asText()));
        assertThat(statuses).contains("SUBMITTED", "NEEDS_SUPPLEMENT", "TRANSFERRED", "IN_HANDLING", "REPLIED");
    }

    @Test
    void anIntakeClerkOpensTasklistAfterTheLoginForm() throws Exception {
        HttpClient browser = signedIn("intake");

        assertThat(browser.send(get("/camunda/app/tasklist/" + ENGINE + "/"), utf8()).statusCode()).isEqualTo(200);
        JsonNode webappUser = webappUser(browser);
        assertThat(webappUser.get("userId").asText()).isEqualTo("intake");
        assertThat(webappUser.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist");
        assertThat(taskCount(browser)).isPositive();
    }

    @Test
    void anAdministratorOpensCockpitAndSeesTheDeployedProcesses() throws Exception {
        HttpClient browser = signedIn("admin");

        assertThat(browser.send(get("/camunda/app/cockpit/" + ENGINE + "/"), utf8()).statusCode()).isEqualTo(200);
        assertThat(webappUser(browser).get("authorizedApps")).extracting(JsonNode::asText).contains("cockpit", "admin");
        HttpResponse<String> definitions = browser.send(
                get("/camunda/api/engine/engine/" + ENGINE + "/process-definition?latestVersion=true"), utf8());
        assertThat(json.readTree(definitions.body())).extracting(definition -> definition.get("key").asText())
                .contains("arrears-complaint", "deadline-watch");
    }

    /** No mail server in the newcomer's run: mail goes to the demo mailbox, readable by the administrator. */
    @Test
    void mailGoesToTheDemoMailboxThatTheAdministratorReads() throws Exception {
        int sent = application.getBean(org.bihuan.notification.NotificationDispatcher.class).dispatchDue();
        assertThat(sent).as("the demo cases' notices").isPositive();
        HttpClient browser = signedIn("admin");

        HttpResponse<String> mailbox = browser.send(get("/admin/notifications/mailbox"), utf8());

        assertThat(mailbox.statusCode()).isEqualTo(200);
        assertThat(mailbox.body()).contains("演示邮箱", "ent-a@demo.bihuan.local", "投诉已收到");
        HttpResponse<String> dead = browser.send(get("/admin/notifications?status=DEAD"), utf8());
        assertThat(dead.body()).contains("共 0 条");
    }

    private int taskCount(HttpClient browser) throws Exception {
        HttpResponse<String> count = browser.send(get("/camunda/api/engine/engine/" + ENGINE + "/task/count"), utf8());
        assertThat(count.statusCode()).isEqualTo(200);
        return json.readTree(count.body()).get("count").asInt();
    }

    /** What the webapps' scripts ask once the page has loaded: the page load is what hands over the user. */
    private JsonNode webappUser(HttpClient browser) throws Exception {
        HttpResponse<String> response = browser.send(get("/camunda/api/admin/auth/user/" + ENGINE), utf8());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher csrf = CSRF_FIELD.matcher(browser.send(get("/login"), utf8()).body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), utf8());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).GET().build();
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
