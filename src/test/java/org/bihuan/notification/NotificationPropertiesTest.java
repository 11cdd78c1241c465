package org.bihuan.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationPropertiesTest {

    private final NotificationProperties defaults =
            new NotificationProperties("bihuan@localhost", 8, Duration.ofMinutes(1));

    @Test
    void theRetryDelayDoublesAfterEveryFailure() {
        assertThat(defaults.retryDelayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.retryDelayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.retryDelayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(defaults.retryDelayAfter(7)).isEqualTo(Duration.ofMinutes(64));
    }

    @Test
    void theRetryDelayStopsGrowingAtOneDay() {
        assertThat(defaults.retryDelayAfter(11)).isEqualTo(Duration.ofMinutes(1024));
        assertThat(defaults.retryDelayAfter(12)).isEqualTo(Duration.ofDays(1));
        assertThat(defaults.retryDelayAfter(1000)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aFirstDelayLongerThanADayIsKept() {
        NotificationProperties patient = new NotificationProperties("x@y", 3, Duration.ofDays(2));

        assertThat(patient.retryDelayAfter(1)).isEqualTo(Duration.ofDays(2));
        assertThat(patient.retryDelayAfter(2)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void itGivesUpAfterTheConfiguredNumberOfAttempts() {
        assertThat(defaults.givesUpAfter(7)).isFalse();
        assertThat(defaults.givesUpAfter(8)).isTrue();
    }

    @Test
    void nonsensicalSettingsStopTheStartup() {
        assertThatThrownBy(() -> new NotificationProperties("x@y", 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationProperties("x@y", 8, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
