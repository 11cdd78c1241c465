package org.bihuan.identity;

import org.bihuan.ops.FixedWindowCounter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code requests} per client address within a fixed window ({@code bihuan.accounts.rate-limit.*}), in
 * this node's memory: enough to stop one address from mailing sign-ups or guessing links in bulk.
 */
@Component
class ClientRateLimiter {

    /** windows are forgotten once over; past this many addresses the finished ones are swept at once */
    private static final int SWEEP_ABOVE = 10_000;

    private final int requests;
    private final Duration window;
    private final FixedWindowCounter attempts;

    ClientRateLimiter(AccountProperties properties, Clock clock) {
        this.requests = properties.rateLimit().requests();
        this.window = properties.rateLimit().window();
        this.attempts = new FixedWindowCounter(clock);
    }

    /** Counts the request; empty when it may go on, otherwise how long the client must wait. */
    Optional<Duration> acquire(String client) {
        attempts.sweepAbove(SWEEP_ABOVE);
        Duration wait = attempts.waitFor(client, requests);
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        attempts.count(client, window);
        return Optional.empty();
    }
}
