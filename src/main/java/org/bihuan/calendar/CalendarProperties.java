package org.bihuan.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code bihuan.calendar.*}; {@code next-year-warning-from} is the month from which a missing next year is warned
 * about (the State Council publishes its notice in November or December). Kept as text and parsed here so that a typo fails the start with the
 * key in the message rather than with a conversion error.
 */
@ConfigurationProperties("bihuan.calendar")
record CalendarProperties(
        @DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("17:30") String officeClosingTime,
        @DefaultValue("./config/calendar") String directory,
        @DefaultValue("NOVEMBER") Month nextYearWarningFrom) {

    WorkingDayCalendar newCalendar() {
        return new WorkingDayCalendar(parseZone(), parseClosingTime(), Path.of(directory));
    }

    private ZoneId parseZone() {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalStateException("bihuan.calendar.zone '" + zone + "' is not a time zone such as Asia/Shanghai", e);
        }
    }

    private LocalTime parseClosingTime() {
        try {
            return LocalTime.parse(officeClosingTime);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("bihuan.calendar.office-closing-time '" + officeClosingTime
                    + "' is not a time such as 17:30", e);
        }
    }
}
