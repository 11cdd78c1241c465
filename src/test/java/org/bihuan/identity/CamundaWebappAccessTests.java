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

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's way into Cockpit and Tasklist: Spring's login form, then the webapps without a second login. */
class CamundaWebappAccessTests extends PostgresIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CamundaIdentitySync sync;

    @Autowired
    ObjectMapper objectMapper;

    @BeforeEach
    void accounts() {
        TestUsers.ensure(jdbc);
        sync.syncToCamunda();
    }

    @Test
    void aVisitorWithoutASessionIsSentToTheLoginForm() throws Exception {
        HttpResponse<String> response = browser().send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/"))
                .header("Accept", "text/html").GET().build(), utf8());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anEnterpriseCannotOpenTasklistEvenWhenSignedIn() throws Exception {
        HttpClient browser = signedIn("ent-a");

        assertThat(browser.send(get("/camunda/app/tasklist/"), utf8()).statusCode()).isEqualTo(403);
        assertThat(browser.send(get("/camunda/api/engine/engine/default/task"), utf8()).statusCode()).isEqualTo(403);
    }

    @Test
    void aCppccMemberCannotOpenCockpit() throws Exception {
        assertThat(signedIn("member").send(get("/camunda/app/cockpit/default/"), utf8()).statusCode()).isEqualTo(403);
    }

    @Test
    void anIntakeOfficialOpensTasklistWithoutTheWebappsOwnLogin() throws Exception {
        HttpClient browser = signedIn("intake");

        HttpResponse<String> page = followRedirects(browser, "/camunda/app/tasklist/");
        assertThat(page.statusCode()).isEqualTo(200);

        JsonNode webappUser = webappUser(browser);
        assertThat(webappUser.get("userId").asText()).isEqualTo("intake");
        assertThat(webappUser.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist")
                .doesNotContain("cockpit");
    }

    @Test
    void theWebappsSeeASupervisorWithCockpitAccess() throws Exception {
        HttpClient browser = signedIn("supervisor");
        followRedirects(browser, "/camunda/app/cockpit/");

        JsonNode webappUser = webappUser(browser);

        assertThat(webappUser.get("userId").asText()).isEqualTo("supervisor");
        assertThat(webappUser.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist", "cockpit");
    }

    @Test
    void loggingOutOfAWebappEndsTheSpringSessionToo() throws Exception {
        HttpClient browser = signedIn("intake");
        followRedirects(browser, "/camunda/app/tasklist/");
        webappUser(browser);

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), utf8());

        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/camunda/api/engine/engine/default/task"), utf8()).statusCode()).isEqualTo(401);
    }

    /** What the webapps' scripts ask once the page has loaded: the page load is what hands over the user. */
    private JsonNode webappUser(HttpClient browser) throws Exception {
        HttpResponse<String> response = browser.send(get("/camunda/api/admin/auth/user/default"), utf8());
        assertThat(response.statusCode()).isEqualTo(200);
        return objectMapper.readTree(response.body());
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = browser();
        String loginPage = browser.send(get("/login"), utf8()).body();
        Matcher csrf = CSRF_FIELD.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + username + "&password=" + TestUsers.PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), utf8());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private HttpResponse<String> followRedirects(HttpClient browser, String path) throws Exception {
        URI target = url(path);
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(target).GET().build(), utf8());
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            target = target.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("Too many redirects from " + path);
    }

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
