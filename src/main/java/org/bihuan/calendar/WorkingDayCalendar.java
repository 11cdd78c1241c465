package org.bihuan.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days (工作日) in China: Monday to Friday, minus the holidays, plus the weekend days that
 * are worked instead (调休上班), as the State Council publishes them each year.
 *
 * <p>A year without data is computed as Monday to Friday, but never silently: the year is
 * remembered, logged once and reported by the health indicator until its notice is loaded.
 */
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final ZoneId zone;
    private final LocalTime officeClosingTime;
    private final Path directory;
    private final Set<Integer> yearsUsedWithoutData = ConcurrentHashMap.newKeySet();
    private volatile Map<Integer, HolidayYear> years;

    /**
     * Reads the shipped holiday files and those in {@code directory} (which need not exist).
     *
     * @throws IllegalStateException when a file is invalid; the message names the file and the problem
     */
    public WorkingDayCalendar(ZoneId zone, LocalTime officeClosingTime, Path directory) {
        this.zone = zone;
        this.officeClosingTime = officeClosingTime;
        this.directory = directory;
        this.years = Map.copyOf(HolidayFiles.load(directory));
        logLoaded();
    }

    public boolean isWorkingDay(LocalDate date) {
        HolidayYear data = years.get(date.getYear());
        if (data == null) {
            recordYearWithoutData(date.getYear());
            return isMondayToFriday(date);
        }
        if (data.holidays().contains(date)) {
            return false;
        }
        return data.workdays().contains(date) || isMondayToFriday(date);
    }

    /** The n-th working day strictly after {@code date}; the day itself never counts. */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        requirePositive(n);
        LocalDate day = date;
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** The n-th working day strictly before {@code date}: the day from which {@code date} lies n working days on. */
    LocalDate nthWorkingDayBefore(LocalDate date, int n) {
        requirePositive(n);
        LocalDate day = date;
        for (int found = 0; found < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** Working days d with fromExclusive &lt; d &lt;= toInclusive; 0 when the range is empty. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime officeClosingTime() {
        return officeClosingTime;
    }

    /** Office closing time of that day, the moment a deadline "by that day" ends. */
    public java.time.Instant closingTime(LocalDate date) {
        return date.atTime(officeClosingTime()).atZone(zone()).toInstant();
    }

    public Set<Integer> yearsWithData() {
        return Collections.unmodifiableSet(new TreeSet<>(years.keySet()));
    }

    public Set<Integer> yearsUsedWithoutData() {
        return Collections.unmodifiableSet(new TreeSet<>(yearsUsedWithoutData));
    }

    /** The years loaded, by year. */
    java.util.List<HolidayYear> years() {
        return years.values().stream().sorted(Comparator.comparingInt(HolidayYear::year)).toList();
    }

    /** Where an administrator puts {@code <year>.yaml} files that override the shipped ones. */
    Path directory() {
        return directory;
    }

    /**
     * Re-reads every holiday file. Either all files are valid and replace the data at once, or
     * nothing changes and the exception says which file is wrong and why.
     *
     * @throws IllegalStateException when a file is invalid
     */
    public void reload() {
        Map<Integer, HolidayYear> loaded = Map.copyOf(HolidayFiles.load(directory));
        years = loaded;
        Set<Integer> nowKnown = yearsUsedWithoutData.stream().filter(loaded::containsKey)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!nowKnown.isEmpty()) {
            yearsUsedWithoutData.removeAll(nowKnown);
            log.warn("Holiday data for {} is now loaded. Deadlines computed earlier in {} assumed Monday to Friday "
                    + "and are not recomputed; review the open cases with deadlines in {}.", nowKnown, nowKnown, nowKnown);
        }
        logLoaded();
    }

    private void recordYearWithoutData(int year) {
        if (yearsUsedWithoutData.add(year)) {
            log.warn("No holiday data for {}: computing its working days as Monday to Friday. Load the State "
                    + "Council's notice for {} as {}/{}.yaml and reload the calendar.", year, year, directory, year);
        }
    }

    private void logLoaded() {
        log.info("Working-day calendar loaded: {}", years.values().stream()
                .sorted(Comparator.comparingInt(HolidayYear::year))
                .map(year -> year.year() + " from " + year.origin())
                .collect(Collectors.joining(", ")));
    }

    private static boolean isMondayToFriday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
    }
}
