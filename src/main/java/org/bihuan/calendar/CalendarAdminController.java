package org.bihuan.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Lets an administrator load a new year's notice from {@code bihuan.calendar.directory} without a restart. */
@RestController
@RequestMapping("/api/admin/calendar")
class CalendarAdminController {

    private final CalendarYears years;

    CalendarAdminController(CalendarYears years) {
        this.years = years;
    }

    @PostMapping("/reload")
    Map<String, List<Integer>> reload() {
        return Map.of("yearsLoaded", years.reload());
    }

    @ExceptionHandler(InvalidCalendarFileException.class)
    ProblemDetail invalidFile(InvalidCalendarFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getMessage() + ". The previous holiday data stays in use.");
        problem.setTitle("Invalid holiday file");
        problem.setProperty("file", e.file());
        problem.setProperty("reason", e.reason());
        return problem;
    }
}
