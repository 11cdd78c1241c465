import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded closed-loop load client: CLIENTS threads each GET one URL, one request after the other, until REQUESTS
 * requests were sent in all or SECONDS have passed, whichever comes first. Loopback only, so it can never be pointed
 * at someone else's server. Run with {@code java bench/Load.java} (a JDK 17 runs a single source file without
 * compiling it first).
 *
 * <p>Arguments: mode url clients requests seconds user password, where mode is
 * <ul>
 *   <li>{@code basic}: every request carries HTTP Basic, as an API client sends it (an answer counts if it is 200);</li>
 *   <li>{@code session}: the client signs in once through the sign-in form as a person does (CSRF token, session
 *       cookie) and every request goes on that session (an answer counts if it is 200 and not the sign-in form).</li>
 * </ul>
 * A warm-up of WARMUP requests is not counted.
 */
public class Load {

    private static final int WARMUP = 30;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length != 7 || !(args[0].equals("basic") || args[0].equals("session"))) {
            System.err.println("usage: java Load.java basic|session URL CLIENTS MAX_REQUESTS MAX_SECONDS USER PASSWORD");
            System.exit(2);
        }
        boolean session = args[0].equals("session");
        URI url = URI.create(args[1]);
        int clients = Integer.parseInt(args[2]);
        int maxRequests = Integer.parseInt(args[3]);
        Duration maxTime = Duration.ofSeconds(Long.parseLong(args[4]));
        String user = args[5];
        String password = args[6];
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            System.err.println("refused: " + url.getHost() + " is not a loopback address");
            System.exit(2);
        }
        if (clients < 1 || clients > 64 || maxRequests < 1 || maxRequests > 200_000 || maxTime.toSeconds() > 300) {
            System.err.println("refused: at most 64 clients, 200000 requests and 300 seconds");
            System.exit(2);
        }

        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET();
        Predicate<HttpResponse<byte[]>> good;
        HttpClient http;
        if (session) {
            http = builder.cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(http, url, user, password);
            request.header("Accept", "text/html");
            good = answer -> answer.statusCode() == 200
                    && !new String(answer.body(), StandardCharsets.UTF_8).contains("name=\"password\"");
        } else {
            http = builder.build();
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            good = answer -> answer.statusCode() == 200;
        }
        HttpRequest get = request.build();
        for (int i = 0; i < WARMUP; i++) {
            HttpResponse<byte[]> warm = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            if (!good.test(warm)) {
                System.err.println(url + " answered " + warm.statusCode() + " to " + user);
                System.exit(1);
            }
        }

        AtomicInteger issued = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong latencyNanos = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                            (good.test(answer) ? ok : failed).incrementAndGet();
                            bytes.addAndGet(answer.body().length);
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                        latencyNanos.addAndGet(System.nanoTime() - sent);
                    }
                } finally {
                    done.countDown();
                }
            });
            client.setDaemon(true);
            client.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int answered = ok.get() + failed.get();
        System.out.printf("%s clients=%d requests=%d ok=%d failed=%d seconds=%.1f requests/s=%.1f mean-latency-ms=%.1f mean-kB=%.1f%n",
                url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery()), clients, answered, ok.get(), failed.get(),
                seconds, answered / seconds, answered == 0 ? 0 : latencyNanos.get() / 1e6 / answered,
                answered == 0 ? 0 : bytes.get() / 1024.0 / answered);
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    /** The sign-in form: its CSRF token from the page, then the form posted; a good sign-in redirects away from /login. */
    private static void signIn(HttpClient http, URI url, String user, String password) throws Exception {
        URI login = url.resolve("/login");
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            System.err.println("no CSRF token on the sign-in page (" + form.statusCode() + ")");
            System.exit(1);
        }
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            System.err.println("sign-in as " + user + " refused (" + signedIn.statusCode() + " " + location + ")");
            System.exit(1);
        }
    }
}
