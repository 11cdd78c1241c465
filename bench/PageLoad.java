import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same bounded closed-loop client as {@code MeLoad.java}, for a page: it signs in once through the sign-in
 * form as a person does (CSRF token, session cookie), then CLIENTS threads GET the page on that session, one request
 * after the other, until REQUESTS requests were sent or SECONDS have passed. Each answer must be 200 with the whole
 * page read (a page that sent the sign-in form back counts as failed). Loopback only.
 *
 * <p>Arguments: base-url path clients requests seconds user password. WARMUP requests first are not counted.
 */
public class PageLoad {

    private static final int WARMUP = 20;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: java PageLoad.java BASE_URL PATH CLIENTS MAX_REQUESTS MAX_SECONDS USER PASSWORD");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        URI page = base.resolve(args[1]);
        int clients = Integer.parseInt(args[2]);
        int maxRequests = Integer.parseInt(args[3]);
        Duration maxTime = Duration.ofSeconds(Long.parseLong(args[4]));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("refused: " + base.getHost() + " is not a loopback address");
            System.exit(2);
        }
        if (clients < 1 || clients > 64 || maxRequests < 1 || maxRequests > 200_000 || maxTime.toSeconds() > 300) {
            System.err.println("refused: at most 64 clients, 200000 requests and 300 seconds");
            System.exit(2);
        }

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        signIn(http, base, args[5], args[6]);
        HttpRequest request = HttpRequest.newBuilder(page).header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build();
        for (int i = 0; i < WARMUP; i++) {
            HttpResponse<String> warm = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (warm.statusCode() != 200) {
                System.err.println("the page answered " + warm.statusCode() + " to " + args[5]);
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
                            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            boolean page200 = answer.statusCode() == 200 && !new String(answer.body(), StandardCharsets.UTF_8)
                                    .contains("name=\"password\"");
                            (page200 ? ok : failed).incrementAndGet();
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
        System.out.printf("page=%s clients=%d requests=%d ok=%d failed=%d seconds=%.1f requests/s=%.1f mean-latency-ms=%.1f "
                        + "mean-kB=%.1f%n", args[1], clients, answered, ok.get(), failed.get(), seconds, answered / seconds,
                answered == 0 ? 0 : latencyNanos.get() / 1e6 / answered, answered == 0 ? 0 : bytes.get() / 1024.0 / answered);
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    /** The sign-in form: its CSRF token from the page, then the form posted; a good sign-in redirects away from /login. */
    private static void signIn(HttpClient http, URI base, String user, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            System.err.println("no CSRF token on the sign-in page (" + form.statusCode() + ")");
            System.exit(1);
        }
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            System.err.println("sign-in as " + user + " refused (" + signedIn.statusCode() + " " + location + ")");
            System.exit(1);
        }
    }
}
