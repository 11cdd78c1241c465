package org.bihuan.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * In tests the application reads the engine's clock, so moving ClockUtil moves both the timers and
 * every timestamp the application writes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EngineClock {

    @Bean
    @Primary
    Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }

    public static void set(Instant instant) {
        ClockUtil.setCurrentTime(java.util.Date.from(instant));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
