package org.bihuan.calendar;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's directory, years without data, and reloading without a restart. */
class CalendarDataReloadTest {

    @TempDir
    Path directory;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger calendarLog = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);

    @BeforeEach
    void captureLog() {
        logged.start();
        calendarLog.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        calendarLog.detachAppender(logged);
    }

    WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30), directory);
    }

    @Test
    void aYearWithoutDataCountsMondayToFridayWarnsOnceAndIsRecorded() {
        WorkingDayCalendar calendar = calendar();

        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).as("a Wednesday, New Year unknown").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).as("a Saturday").isFalse();
        calendar.nthWorkingDayAfter(LocalDate.of(2031, 3, 2), 10);

        assertThat(calendar.yearsUsedWithoutData()).containsExactly(2031);
        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).contains("No holiday data for 2031"));
    }

    @Test
    void aYearWithDataIsNeverRecordedAsUsedWithoutData() {
        WorkingDayCalendar calendar = calendar();
        calendar.nthWorkingDayAfter(LocalDate.of(2025, 1, 1), 200);
        assertThat(calendar.yearsUsedWithoutData()).isEmpty();
    }

    @Test
    void anOverrideFileInTheDirectoryReplacesTheShippedYearAfterReload() throws IOException {
        WorkingDayCalendar calendar = calendar();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();

        Files.writeString(directory.resolve("2026.yaml"), """
                year: 2026
                source: a local notice that replaces the State Council's for the test
                holidays:
                  - {name: 本地假日, from: 2026-03-02, to: 2026-03-02}
                """);
        calendar.reload();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).as("the override's holiday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("the shipped 元旦 is replaced, not merged").isTrue();
        assertThat(calendar.yearsWithData()).containsExactly(2025, 2026);
    }

    @Test
    void loadingNextYearsNoticeAddsTheYearAndClearsItsWarning() throws IOException {
        WorkingDayCalendar calendar = calendar();
        calendar.isWorkingDay(LocalDate.of(2027, 1, 1));
        assertThat(calendar.yearsUsedWithoutData()).containsExactly(2027);

        Files.writeString(directory.resolve("2027.yaml"), HolidayFileParserTest.GOOD_2027);
        calendar.reload();

        assertThat(calendar.yearsWithData()).containsExactly(2025, 2026, 2027);
        assertThat(calendar.yearsUsedWithoutData()).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).as("make-up Saturday").isTrue();
        assertThat(logged.list).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains("Holiday data for [2027] is now loaded"));
    }

    @Test
    void aBadFileFailsTheReloadAndKeepsTheOldData() throws IOException {
        Files.writeString(directory.resolve("2027.yaml"), HolidayFileParserTest.GOOD_2027);
        WorkingDayCalendar calendar = calendar();

        Files.writeString(directory.resolve("2027.yaml"), HolidayFileParserTest.GOOD_2027.replace("year: 2027", "year: 2028"));
        Files.writeString(directory.resolve("2026.yaml"), """
                year: 2026
                source: a valid override that must not be half-applied
                holidays: []
                """);

        assertThatThrownBy(calendar::reload)
                .isInstanceOf(InvalidCalendarFileException.class)
                .hasMessageContaining("2027.yaml")
                .hasMessageContaining("does not match the file name");
        assertThat(calendar.yearsWithData()).containsExactly(2025, 2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("shipped 2026 still in use").isFalse();
    }

    @Test
    void aBadFileInTheDirectoryFailsTheStart() throws IOException {
        Files.writeString(directory.resolve("2027.yaml"), "year: 2027\nsource: x\nworkdays: [2027-01-04]\n");
        assertThatThrownBy(this::calendar)
                .isInstanceOf(InvalidCalendarFileException.class)
                .hasMessageContaining("2027.yaml")
                .hasMessageContaining("2027-01-04 is a MONDAY");
    }

    @Test
    void aMissingDirectoryMeansOnlyTheShippedYears() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30),
                directory.resolve("does-not-exist"));
        assertThat(calendar.yearsWithData()).containsExactly(2025, 2026);
    }
}
