package org.bihuan.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One year of the State Council's holiday notice: the days off and the weekend days that are worked
 * instead (调休上班). {@code origin} says where it was read from, for logs and the administrator.
 */
record HolidayYear(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays, String origin,
                   Map<LocalDate, String> holidayNames) {

    HolidayYear {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        holidayNames = Map.copyOf(holidayNames);
    }
}
