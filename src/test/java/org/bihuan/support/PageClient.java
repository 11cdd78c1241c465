package org.bihuan.support;

import java.io.ByteArrayOutputStream;
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
    private String clientAddress;

    public PageClient(int port) {
        this.port = port;
    }

    /**
     * Every request from now on comes from this client address (X-Forwarded-For, which the tests' server trusts),
     * so that a test of rate-limited pages does not share its allowance with the others.
     */
    public PageClient from(String clientAddress) {
        this.clientAddress = clientAddress;
        return this;
    }

    /** Signs in with the login form as a test account (password {@link TestUsers#PASSWORD}). */
    public PageClient signIn(String username) {
        return signIn(username, TestUsers.PASSWORD);
    }

    /** Whether the login form accepts these credentials (the account exists, works and has this password). */
    public boolean signsIn(String username, String password) {
        get("/login");
        Page answer = post("/login", Map.of("username", username, "password", password));
        return answer.status() == 302 && !answer.location().contains("error");
    }

    public PageClient signIn(String username, String password) {
        get("/login");
        Page signedIn = post("/login", Map.of("username", username, "password", password));
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

    /** A download as its bytes (a PDF, a workbook), with this client's cookies. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the form with the CSRF token of the last page (as the hidden _csrf field a page form carries). */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postWithoutToken(path, all);
    }

    /** Posts a form whose fields may repeat (checkboxes, a multiple select), with the CSRF token of the last page. */
    public Page postMultiValued(String path, Map<String, java.util.List<String>> fields) {
        java.util.List<String> pairs = new java.util.ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        if (csrf != null && !fields.containsKey("_csrf")) {
            pairs.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(url(path)).header("Accept", ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /**
     * Sends JSON as a page's script does ({@code fetch} with the page's CSRF token in the {@code X-CSRF-TOKEN} header);
     * method POST, PUT or DELETE.
     */
    public Page sendJson(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    public Page postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url(path)).header("Accept", ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a multipart form (as a page form with a file input sends it) with the CSRF token of the last page; the
     * file part is left out when {@code filename} is null.
     */
    public Page postMultipart(String path, Map<String, String> fields, String filePart, String filename, String contentType,
                              byte[] content) {
        String boundary = "----PageClient" + System.nanoTime();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (filename != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(url(path)).header("Accept", ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
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
