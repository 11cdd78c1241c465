package org.bihuan.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** @param retryAfter what the readiness gate tells a client to wait before it asks again */
@ConfigurationProperties("bihuan.readiness")
record ReadinessProperties(@DefaultValue("PT5S") Duration retryAfter) {

    ReadinessProperties {
        if (retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("bihuan.readiness.retry-after must be at least one second");
        }
    }
}
