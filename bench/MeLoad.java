import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded closed-loop load client: CLIENTS threads each send GET requests with HTTP Basic, one after the
 * other, until REQUESTS requests were sent in all or SECONDS have passed, whichever comes first. Loopback
 * only, so it can never be pointed at someone else's server. Run with {@code java bench/MeLoad.java} (a JDK
 * 17 runs a single source file without compiling it first).
 *
 * <p>Arguments: url clients requests seconds user password. A warm-up of WARMUP requests is not counted.
 */
public class MeLoad {

    private static final int WARMUP = 50;

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java MeLoad.java URL CLIENTS MAX_REQUESTS MAX_SECONDS USER PASSWORD");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        int maxRequests = Integer.parseInt(args[2]);
        Duration maxTime = Duration.ofSeconds(Long.parseLong(args[3]));
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((args[4] + ":" + args[5]).getBytes(StandardCharsets.UTF_8));
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            System.err.println("refused: " + url.getHost() + " is not a loopback address");
            System.exit(2);
        }
        if (clients < 1 || clients > 64 || maxRequests < 1 || maxRequests > 200_000 || maxTime.toSeconds() > 300) {
            System.err.println("refused: at most 64 clients, 200000 requests and 300 seconds");
            System.exit(2);
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).GET().build();

        for (int i = 0; i < WARMUP; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }

        AtomicInteger issued = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong latencyNanos = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                        long sent = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            (status == 200 ? ok : failed).incrementAndGet();
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
        System.out.printf("clients=%d requests=%d ok=%d failed=%d seconds=%.1f requests/s=%.1f mean-latency-ms=%.1f%n",
                clients, answered, ok.get(), failed.get(), seconds, answered / seconds,
                answered == 0 ? 0 : latencyNanos.get() / 1e6 / answered);
        if (failed.get() > 0) {
            System.exit(1);
        }
    }
}
