package org.bihuan.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarAdminControllerTest {

    @TempDir
    Path directory;

    @Test
    void reloadAnswersWithTheLoadedYearsAndABadFileBecomesAProblemNamingItAndTheReason() throws IOException {
        var calendar = new WorkingDayCalendar(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30), directory);
        var controller = new CalendarAdminController(new CalendarYears(calendar, org.mockito.Mockito.mock(org.bihuan.audit.AuditLog.class),
                java.time.Clock.systemUTC(), java.time.Month.NOVEMBER));

        Files.writeString(directory.resolve("2027.yaml"), HolidayFileParserTest.GOOD_2027);
        assertThat(controller.reload()).isEqualTo(Map.of("yearsLoaded", List.of(2025, 2026, 2027)));

        Files.writeString(directory.resolve("2028.yaml"), "year: 2028\nsource: x\nholidays: [{name: 元旦, from: 2028-01-01}]\n");
        var failure = catchThrowableOfType(InvalidCalendarFileException.class, controller::reload);
        ProblemDetail problem = controller.invalidFile(failure);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("file", "2028.yaml")
                .containsEntry("reason", "'to' of holiday 元旦 is missing");
        assertThat(problem.getDetail()).contains("previous holiday data stays in use");
        assertThat(calendar.yearsWithData()).containsExactly(2025, 2026, 2027);
    }
}
