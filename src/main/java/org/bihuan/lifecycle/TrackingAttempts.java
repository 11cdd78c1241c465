package org.bihuan.lifecycle;

import org.bihuan.domain.TooManyAttemptsException;
import org.bihuan.ops.FixedWindowCounter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts tracking attempts in memory, per client address and per case number, in fixed windows. Each node counts
 * its own; behind several nodes the limits hold per node, which still keeps guessing slow.
 */
@Component
class TrackingAttempts {

    private final TrackingProperties properties;
    private final FixedWindowCounter attempts;

    TrackingAttempts(TrackingProperties properties, Clock clock) {
        this.properties = properties;
        this.attempts = new FixedWindowCounter(clock);
    }

    /** Counts one attempt, or refuses it (without counting) while either limit is reached. */
    synchronized void admit(String clientAddress, String caseNo) {
        String addressKey = "ip:" + clientAddress;
        String numberKey = caseNo == null ? null : "no:" + caseNo;
        Duration wait = longest(attempts.waitFor(addressKey, properties.perIpAttempts()),
                numberKey == null ? Duration.ZERO : attempts.waitFor(numberKey, properties.perNumberAttempts()));
        if (!wait.isZero()) {
            throw new TooManyAttemptsException("too many tracking attempts; try again later", wait);
        }
        if (attempts.sweepAbove(properties.maxTrackedClients() - 1) >= properties.maxTrackedClients()) {
            throw new TooManyAttemptsException("tracking is busy; try again later", properties.perIpWindow());
        }
        attempts.count(addressKey, properties.perIpWindow());
        if (numberKey != null) {
            attempts.count(numberKey, properties.perNumberWindow());
        }
    }

    /** Forgets every count (tests start from none). */
    void clear() {
        attempts.clear();
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
