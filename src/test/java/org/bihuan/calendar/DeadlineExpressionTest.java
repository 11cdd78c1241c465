package org.bihuan.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineExpressionTest {

    @Test
    void readsWorkingDaysCalendarDaysMonthsAndDurations() {
        assertThat(DeadlineExpression.parse("10WD")).isEqualTo(new DeadlineExpression(DeadlineExpression.Unit.WORKING_DAYS, 10, null));
        assertThat(DeadlineExpression.parse("30D")).isEqualTo(new DeadlineExpression(DeadlineExpression.Unit.DAYS, 30, null));
        assertThat(DeadlineExpression.parse("3M")).isEqualTo(new DeadlineExpression(DeadlineExpression.Unit.MONTHS, 3, null));
        assertThat(DeadlineExpression.parse("PT2M")).isEqualTo(new DeadlineExpression(DeadlineExpression.Unit.DURATION, 0, Duration.ofMinutes(2)));
        assertThat(DeadlineExpression.parse("PT1H").duration()).isEqualTo(Duration.ofHours(1));
        assertThat(DeadlineExpression.parse(" 2WD ").amount()).isEqualTo(2);
    }

    @Test
    void printsBackTheCanonicalText() {
        assertThat(DeadlineExpression.parse("10WD")).hasToString("10WD");
        assertThat(DeadlineExpression.parse("PT120S")).hasToString("PT2M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "WD", "0WD", "-1D", "10wd", "10 WD", "1Y", "P1M", "PT0S", "PT-5M", "10000D", "P"})
    void rejectsAnythingElseNamingTheTextAndTheAcceptedForms(String text) {
        assertThatThrownBy(() -> DeadlineExpression.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("WD")
                .hasMessageContaining("PT2M");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> DeadlineExpression.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
