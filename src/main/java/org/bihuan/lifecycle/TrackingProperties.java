package org.bihuan.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often public tracking may be tried: per client address and per case number, so many attempts in each window
 * (a fixed window that starts with the first attempt). A number has 10 000 four-digit endings; the per-number limit
 * keeps guessing them slow even from many addresses. {@code maxTrackedClients} bounds the memory the counters take:
 * when that many windows are open, new askers are told to wait.
 */
@ConfigurationProperties("bihuan.tracking")
record TrackingProperties(
        @DefaultValue("10") int perIpAttempts,
        @DefaultValue("PT10M") Duration perIpWindow,
        @DefaultValue("5") int perNumberAttempts,
        @DefaultValue("PT10M") Duration perNumberWindow,
        @DefaultValue("100000") int maxTrackedClients) {

    TrackingProperties {
        if (perIpAttempts < 1 || perNumberAttempts < 1) {
            throw new IllegalArgumentException("bihuan.tracking.per-ip-attempts and per-number-attempts must be at least 1");
        }
        if (perIpWindow.isNegative() || perIpWindow.isZero() || perNumberWindow.isNegative() || perNumberWindow.isZero()) {
            throw new IllegalArgumentException("bihuan.tracking.per-ip-window and per-number-window must be positive");
        }
        if (maxTrackedClients < 1) {
            throw new IllegalArgumentException("bihuan.tracking.max-tracked-clients must be at least 1");
        }
    }
}
