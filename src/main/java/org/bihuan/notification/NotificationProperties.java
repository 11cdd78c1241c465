package org.bihuan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Delivery settings. The back-off doubles after every failed attempt, starting at
 * {@code firstRetryDelay}: with the defaults a message is retried for about two hours before it is
 * dead-lettered.
 */
@ConfigurationProperties("bihuan.notification")
record NotificationProperties(
        @DefaultValue("bihuan@localhost") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetryDelay) {

    /** keeps a long outage from pushing retries out by weeks when max-attempts is set high */
    static final Duration LONGEST_RETRY_DELAY = Duration.ofDays(1);

    NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("bihuan.notification.max-attempts must be at least 1");
        }
        // a zero delay would make a failing message due again within the same dispatch run
        if (firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
            throw new IllegalArgumentException("bihuan.notification.first-retry-delay must be positive");
        }
    }

    boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    Duration retryDelayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        Duration ceiling = firstRetryDelay.compareTo(LONGEST_RETRY_DELAY) > 0 ? firstRetryDelay : LONGEST_RETRY_DELAY;
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(ceiling) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(ceiling) < 0 ? delay : ceiling;
    }
}
