package org.bihuan.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Attempts per key (a client address, a case number) in fixed windows, in this node's memory, on the
 * application's clock so tests can move time. The one counter behind every rate limit of the public doors
 * (sign-up links, public tracking); a library's own time source would not follow the test clock.
 */
public final class FixedWindowCounter {

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    public FixedWindowCounter(Clock clock) {
        this.clock = clock;
    }

    /** How long the key must wait before its next attempt; zero while it is under the limit. Counts nothing. */
    public synchronized Duration waitFor(String key, int limit) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || !now.isBefore(window.end()) || window.count() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.end());
    }

    /** Counts one attempt of the key; a new window of the given length starts when the last one is over. */
    public synchronized void count(String key, Duration length) {
        Instant now = clock.instant();
        windows.compute(key, (k, w) -> w == null || !now.isBefore(w.end()) ? new Window(now.plus(length), 1)
                : new Window(w.end(), w.count() + 1));
    }

    /** Forgets the windows that are over, when more than {@code maxKeys} are held; returns how many are left. */
    public synchronized int sweepAbove(int maxKeys) {
        if (windows.size() > maxKeys) {
            Instant now = clock.instant();
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
        return windows.size();
    }

    /** Forgets every count (tests start from none). */
    public synchronized void clear() {
        windows.clear();
    }

    private record Window(Instant end, int count) {
    }
}
