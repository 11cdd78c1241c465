package org.bihuan.identity;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code requests} per client address within a fixed window ({@code bihuan.accounts.rate-limit.*}), in
 * this node's memory: enough to stop one address from mailing sign-ups or guessing links in bulk. A handful of
 * lines with the application's clock, which a library's own time source would not follow in tests.
 */
@Component
class ClientRateLimiter {

    /** windows are forgotten once over; past this many addresses the finished ones are swept at once */
    private static final int SWEEP_ABOVE = 10_000;

    private final int requests;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ClientRateLimiter(AccountProperties properties, Clock clock) {
        this.requests = properties.rateLimit().requests();
        this.window = properties.rateLimit().window();
        this.clock = clock;
    }

    /** Counts the request; empty when it may go on, otherwise how long the client must wait. */
    Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
        Window current = windows.compute(client, (key, w) ->
                w == null || !now.isBefore(w.end()) ? new Window(now.plus(window), 1) : new Window(w.end(), w.count() + 1));
        if (current.count() <= requests) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.end()));
    }

    private record Window(Instant end, int count) {
    }
}
