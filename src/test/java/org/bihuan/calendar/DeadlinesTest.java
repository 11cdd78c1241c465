package org.bihuan.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadlines end at 17:30 in Shanghai, which is 09:30 UTC. */
class DeadlinesTest {

    @TempDir
    Path noOverrides;

    Deadlines deadlines(Map<String, String> complaint) {
        var calendar = new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30), noOverrides);
        return new Deadlines(calendar, new DeadlineProperties(Map.of("complaint", complaint)));
    }

    Deadlines deadlines() {
        return deadlines(Map.of("accept", "10WD", "handle", "30D", "reply", "3M", "demo", "PT2M",
                "warn-before", "2WD", "remind-before", "30D", "month-before", "1M"));
    }

    static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void tenWorkingDaysEndAtClosingTimeAfterNationalDay() {
        // 2026-09-28 + 10WD = 2026-10-16 (counted in WorkingDayCalendarTest)
        assertThat(deadlines().due("complaint.accept", shanghai("2026-09-28T10:00")))
                .isEqualTo(Instant.parse("2026-10-16T09:30:00Z"));
    }

    @Test
    void theLocalDateInShanghaiCountsNotTheUtcDate() {
        // 2026-01-03T16:30Z is Sunday 2026-01-04 00:30 in Shanghai, a make-up working day that does not
        // count itself; the first working day after it is Monday 1/5. Counting from the UTC date
        // (Saturday 1/3) would give Sunday 1/4.
        assertThat(deadlines(Map.of("sign", "1WD")).due("complaint.sign", Instant.parse("2026-01-03T16:30:00Z")))
                .isEqualTo(Instant.parse("2026-01-05T09:30:00Z"));
    }

    @Test
    void thirtyDaysEndingOnNationalDayRollForwardToTheNextWorkingDay() {
        // 2026-09-01 + 30 days = 2026-10-01, inside 国庆 (10/1–10/7) → Thursday 10/8
        assertThat(deadlines().due("complaint.handle", shanghai("2026-09-01T09:00")))
                .isEqualTo(Instant.parse("2026-10-08T09:30:00Z"));
    }

    @Test
    void thirtyDaysEndingOnAWorkingDayStayThere() {
        // 2026-03-02 + 30 days = Wednesday 2026-04-01
        assertThat(deadlines().due("complaint.handle", shanghai("2026-03-02T09:00")))
                .isEqualTo(Instant.parse("2026-04-01T09:30:00Z"));
    }

    @Test
    void threeMonthsClampToTheMonthEndAndAMakeUpSaturdayIsAWorkingDay() {
        // 2025-11-30 + 3 months = 2026-02-28 (no 31st), a Saturday worked after 春节
        assertThat(deadlines().due("complaint.reply", shanghai("2025-11-30T11:00")))
                .isEqualTo(Instant.parse("2026-02-28T09:30:00Z"));
    }

    @Test
    void threeMonthsEndingInAHolidayRollForward() {
        // 2026-07-06 + 3 months = 2026-10-06, inside 国庆 → 10/8
        assertThat(deadlines().due("complaint.reply", shanghai("2026-07-06T11:00")))
                .isEqualTo(Instant.parse("2026-10-08T09:30:00Z"));
    }

    @Test
    void anIsoDurationIsAddedExactlyWithoutTheCalendar() {
        Instant duringSpringFestival = Instant.parse("2026-02-16T03:17:42Z");
        assertThat(deadlines().due("complaint.demo", duringSpringFestival))
                .isEqualTo(Instant.parse("2026-02-16T03:19:42Z"));
    }

    @Test
    void bpmnMayPassADateOrALocalDateOrAnOffsetDateTime() {
        Deadlines deadlines = deadlines();
        Date expected = Date.from(Instant.parse("2026-10-16T09:30:00Z"));

        assertThat(deadlines.due("complaint.accept", (Object) Date.from(shanghai("2026-09-28T10:00")))).isEqualTo(expected);
        assertThat(deadlines.due("complaint.accept", (Object) LocalDate.of(2026, 9, 28))).isEqualTo(expected);
        assertThat(deadlines.due("complaint.accept",
                (Object) OffsetDateTime.of(2026, 9, 28, 2, 0, 0, 0, ZoneOffset.UTC))).isEqualTo(expected);
        assertThat(deadlines.due("complaint.accept",
                (Object) shanghai("2026-09-28T10:00").atZone(ZoneId.of("Europe/Berlin")))).isEqualTo(expected);
    }

    @Test
    void aLocalDateMeansTheStartOfThatDayInShanghai() {
        // 2026-09-30 00:00 in Shanghai is 2026-09-29T16:00Z
        assertThat(deadlines().due("complaint.demo", (Object) LocalDate.of(2026, 9, 30)))
                .isEqualTo(Date.from(Instant.parse("2026-09-29T16:02:00Z")));
    }

    @Test
    void anUnsupportedStartOrAnUnknownKeyIsRejectedByName() {
        Deadlines deadlines = deadlines();
        assertThatThrownBy(() -> deadlines.due("complaint.accept", (Object) "2026-09-28"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> deadlines.due("complaint.nope", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complaint.nope");
    }

    @Test
    void aBadConfiguredExpressionFailsTheStartNamingTheKey() {
        assertThatThrownBy(() -> deadlines(Map.of("accept", "10 working days")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bihuan.deadlines.complaint.accept")
                .hasMessageContaining("10 working days");
    }

    @Test
    void expressionReturnsTheConfiguredText() {
        assertThat(deadlines().expression("complaint.accept")).isEqualTo("10WD");
    }

    @Test
    void warnTwoWorkingDaysBeforeADeadlineAtClosingTime() {
        // deadline Friday 2026-10-16: working days in (10/14, 10/16] are 10/15 and 10/16 → warn Wednesday 10/14
        assertThat(deadlines().before("complaint.warn-before", Instant.parse("2026-10-16T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-14T09:30:00Z"));
    }

    @Test
    void warnTwoWorkingDaysBeforeADeadlineJustAfterNationalDay() {
        // deadline Thursday 2026-10-08: working days in (9/29, 10/8] are 9/30 and 10/8 → warn Tuesday 9/29
        assertThat(deadlines().before("complaint.warn-before", Instant.parse("2026-10-08T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-09-29T09:30:00Z"));
    }

    @Test
    void beforeCountsCalendarDaysAndMonthsBackWithoutRolling() {
        Deadlines deadlines = deadlines();
        // 2026-10-31 − 30 days = 2026-10-01 (a holiday, kept: it is a reminder time, not a legal term)
        assertThat(deadlines.before("complaint.remind-before", Instant.parse("2026-10-31T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-01T09:30:00Z"));
        // 2026-03-31 − 1 month = 2026-02-28
        assertThat(deadlines.before("complaint.month-before", Instant.parse("2026-03-31T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-02-28T09:30:00Z"));
        assertThat(deadlines.before("complaint.demo", Instant.parse("2026-10-31T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-31T09:28:00Z"));
    }

    @Test
    void aPausedClockKeepsItsRemainingWorkingDaysAndResumesWithThem() {
        Deadlines deadlines = deadlines();
        Instant deadline = Instant.parse("2026-10-16T09:30:00Z");

        // paused Tuesday 9/29: (9/29, 10/16] holds 9/30, 10/8, 10/9, 10/10 (make-up Saturday), 10/12–10/16 = 9
        int remaining = deadlines.remainingWorkingDays(shanghai("2026-09-29T11:00"), deadline);
        assertThat(remaining).isEqualTo(9);

        // resumed Tuesday 10/20: 10/21 (1), 10/22, 10/23, 10/26, 10/27, 10/28, 10/29, 10/30 (8), Monday 11/2 (9)
        assertThat(deadlines.resume(shanghai("2026-10-20T15:00"), remaining))
                .isEqualTo(Instant.parse("2026-11-02T09:30:00Z"));
    }

    @Test
    void aClockPausedAfterItsDeadlineHasNothingLeftAndResumesOnTheFirstWorkingDay() {
        Deadlines deadlines = deadlines();
        assertThat(deadlines.remainingWorkingDays(shanghai("2026-10-20T09:00"), Instant.parse("2026-10-16T09:30:00Z")))
                .isZero();
        // resumed Saturday 2026-10-03 inside 国庆 → first working day is Thursday 10/8
        assertThat(deadlines.resume(shanghai("2026-10-03T10:00"), 0)).isEqualTo(Instant.parse("2026-10-08T09:30:00Z"));
        // resumed on a working day with nothing left → closing time that same day
        assertThat(deadlines.resume(shanghai("2026-10-09T10:00"), 0)).isEqualTo(Instant.parse("2026-10-09T09:30:00Z"));
    }
}
