package org.bihuan.lifecycle;

import org.bihuan.domain.TooManyAttemptsException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts tracking attempts in memory, per client address and per case number, in fixed windows. Each node counts
 * its own; behind several nodes the limits hold per node, which still keeps guessing slow. A library (Bucket4j)
 * would still need this keyed, bounded store around it, which is most of the code here.
 */
@Component
class TrackingAttempts {

    private final TrackingProperties properties;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    TrackingAttempts(TrackingProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one attempt, or refuses it (without counting) while either limit is reached. */
    synchronized void admit(String clientAddress, String caseNo) {
        Instant now = clock.instant();
        String addressKey = "ip:" + clientAddress;
        String numberKey = caseNo == null ? null : "no:" + caseNo;
        Duration wait = longest(waitFor(addressKey, properties.perIpAttempts(), now),
                numberKey == null ? Duration.ZERO : waitFor(numberKey, properties.perNumberAttempts(), now));
        if (!wait.isZero()) {
            throw new TooManyAttemptsException("too many tracking attempts; try again later", wait);
        }
        if (windows.size() >= properties.maxTrackedClients()) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
            if (windows.size() >= properties.maxTrackedClients()) {
                throw new TooManyAttemptsException("tracking is busy; try again later", properties.perIpWindow());
            }
        }
        count(addressKey, properties.perIpWindow(), now);
        if (numberKey != null) {
            count(numberKey, properties.perNumberWindow(), now);
        }
    }

    /** Forgets every count (tests start from none). */
    synchronized void clear() {
        windows.clear();
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Window window = windows.get(key);
        if (window == null || !now.isBefore(window.end()) || window.count() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.end());
    }

    private void count(String key, Duration length, Instant now) {
        windows.compute(key, (k, w) -> w == null || !now.isBefore(w.end()) ? new Window(now.plus(length), 1)
                : new Window(w.end(), w.count() + 1));
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Window(Instant end, int count) {
    }
}
