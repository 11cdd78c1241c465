package org.bihuan.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarHealthIndicatorTest {

    @TempDir
    Path directory;

    final WorkingDayCalendar calendar =
            new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30), Path.of("target/no-such-dir"));

    Health healthAt(String instant) {
        return new WorkingCalendarHealthIndicator(calendar, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).health();
    }

    @Test
    void inOctoberWithThisYearLoadedThereIsNothingToWarnAbout() {
        Health health = healthAt("2026-10-31T15:59:00Z");

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("yearsLoaded", List.of(2025, 2026))
                .containsEntry("yearsUsedWithoutData", List.of())
                .doesNotContainKey("warning");
    }

    @Test
    void fromTheFirstOfNovemberInShanghaiAMissingNextYearIsAWarning() {
        // 2026-10-31T16:00Z is already November 1 in Shanghai
        Health health = healthAt("2026-10-31T16:00:00Z");

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((String) health.getDetails().get("warning")).contains("2027").contains("next year")
                .contains("/api/admin/calendar/reload");
    }

    @Test
    void aCurrentYearWithoutDataIsAWarning() {
        assertThat((String) healthAt("2027-03-01T00:00:00Z").getDetails().get("warning"))
                .contains("the current year 2027");
    }

    @Test
    void aYearUsedWithoutDataIsListedAndWarned() {
        calendar.isWorkingDay(LocalDate.of(2031, 5, 1));

        Health health = healthAt("2026-06-01T00:00:00Z");

        assertThat(health.getDetails()).containsEntry("yearsUsedWithoutData", List.of(2031));
        assertThat((String) health.getDetails().get("warning")).contains("[2031]").contains("Monday to Friday");
    }
}
