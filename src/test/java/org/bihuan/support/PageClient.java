package org.bihuan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a browser, for page tests that need no script: keeps cookies (session, language), does not
 * follow redirects, signs in through the login form and posts forms with the CSRF token of the last page it got.
 */
public final class PageClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** What Chromium asks for when it opens a page. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    public PageClient(int port) {
        this.port = port;
    }

    /** Signs in with the login form as a test account (password {@link TestUsers#PASSWORD}). */
    public PageClient signIn(String username) {
        get("/login");
        Page signedIn = post("/login", Map.of("username", username, "password", TestUsers.PASSWORD));
        assertThat(signedIn.status()).as("sign-in of %s", username).isEqualTo(302);
        assertThat(signedIn.location()).as("sign-in of %s", username).doesNotContain("error");
        return this;
    }

    public Page get(String path) {
        return get(path, Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", ACCEPT).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts the form with the CSRF token of the last page (as the hidden _csrf field a page form carries). */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postWithoutToken(path, all);
    }

    public Page postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url(path)).header("Accept", ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Page page = new Page(response.statusCode(), response.headers(), response.body());
            page.csrf().ifPresent(token -> csrf = token);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A response as the browser would get it. */
    public record Page(int status, HttpHeaders headers, String body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }

        Optional<String> csrf() {
            Matcher matcher = CSRF_META.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }
}
