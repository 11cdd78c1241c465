package org.bihuan.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped 2025 and 2026 notices (docs/domain/working-days.md §3), counted by hand in the comments. */
class WorkingDayCalendarTest {

    @TempDir
    Path noOverrides;

    WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30), noOverrides);
    }

    @Test
    void shipsTheNoticesFor2025And2026() {
        assertThat(calendar().yearsWithData()).containsExactly(2025, 2026);
    }

    @Test
    void makeUpWeekendDaysAreWorkingDaysAndHolidaysAreNot() {
        WorkingDayCalendar calendar = calendar();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday, 元旦 make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday, 春节 make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday in 春节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("Friday in 元旦").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).as("an ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday, 2025 春节 make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("Wednesday, last day of 2025 国庆").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday, 2025 国庆 make-up day").isTrue();
    }

    @Test
    void tenWorkingDaysFromTheMondayBeforeNationalDayEndOnTheSixteenthOfOctober() {
        // From Monday 2026-09-28: 9/29 (1), 9/30 (2); 10/1–10/7 国庆 off; 10/8 Thu (3), 10/9 Fri (4),
        // 10/10 Sat make-up day (5); 10/11 Sun off; 10/12 Mon (6) … 10/16 Fri (10).
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 9, 28), 10)).isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void fiveWorkingDaysFromTheThirtiethOfDecemberCrossYuanDanAndItsMakeUpSunday() {
        // From Tuesday 2025-12-30: 12/31 (1); 2026-01-01..03 元旦 off; 1/4 Sun make-up day (2);
        // 1/5 Mon (3), 1/6 (4), 1/7 Wed (5).
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2025, 12, 30), 5)).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void fiveWorkingDaysBeforeSpringFestivalSkipTheWholeHoliday() {
        // From Thursday 2026-02-12: 2/13 Fri (1), 2/14 Sat make-up day (2); 2/15–2/23 春节 off;
        // 2/24 Tue (3), 2/25 (4), 2/26 Thu (5).
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aCaseReceivedDuringAHolidayCountsFromTheFirstWorkingDayAfterIt() {
        // Received Saturday 2026-10-03 inside 国庆: 10/8 Thu (1), 10/9 Fri (2), 10/10 Sat make-up day (3).
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 10, 3), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 10, 3), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aCaseReceivedOnAWeekendCountsFromMonday() {
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 3, 8), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void theReceiptDayNeverCountsEvenWhenItIsAWorkingDay() {
        assertThat(calendar().nthWorkingDayAfter(LocalDate.of(2026, 3, 9), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void countsWorkingDaysInAHalfOpenRange() {
        WorkingDayCalendar calendar = calendar();
        // (9/29, 10/16]: 9/30, 10/8, 10/9, 10/10, 10/12–10/16 = 9
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 16))).isEqualTo(9);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9))).isZero();
    }

    @Test
    void workingDaysBetweenUndoesNthWorkingDayAfter() {
        WorkingDayCalendar calendar = calendar();
        for (LocalDate from = LocalDate.of(2025, 1, 1); from.isBefore(LocalDate.of(2026, 12, 1)); from = from.plusDays(3)) {
            LocalDate due = calendar.nthWorkingDayAfter(from, 10);
            assertThat(calendar.workingDaysBetween(from, due)).as("from %s", from).isEqualTo(10);
        }
    }

    @Test
    void firstWorkingDayOnOrAfterKeepsAWorkingDayAndLeavesAHoliday() {
        WorkingDayCalendar calendar = calendar();
        assertThat(calendar.firstWorkingDayOnOrAfter(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.firstWorkingDayOnOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void nthWorkingDayNeedsAPositiveCount() {
        assertThatThrownBy(() -> calendar().nthWorkingDayAfter(LocalDate.of(2026, 3, 9), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
