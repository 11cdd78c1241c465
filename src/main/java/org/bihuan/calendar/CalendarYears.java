package org.bihuan.calendar;

import org.bihuan.audit.AuditLog;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working-day calendar as administrators run it (/admin/calendar): which years are loaded and from where, a year's
 * days, the warning that next year is missing (from {@code bihuan.calendar.next-year-warning-from}, November by
 * default), and the upload of a year's file into the override directory ({@code bihuan.calendar.directory}), checked
 * first and reloaded at once, without a restart. Uploads and reloads are on the audit list.
 */
@Service
public class CalendarYears {

    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;
    private final Month warnFrom;

    @org.springframework.beans.factory.annotation.Autowired
    CalendarYears(WorkingDayCalendar calendar, AuditLog audit, Clock clock, CalendarProperties properties) {
        this(calendar, audit, clock, properties.nextYearWarningFrom());
    }

    CalendarYears(WorkingDayCalendar calendar, AuditLog audit, Clock clock, Month warnFrom) {
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.warnFrom = warnFrom;
    }

    /**
     * A loaded year.
     *
     * @param source   the notice it was typed from (国务院办公厅关于…的通知)
     * @param uploaded true when it comes from the override directory, false when shipped with the application
     * @param origin   the file it was read from
     */
    public record Year(int year, String source, boolean uploaded, String origin, int holidays, int workdays) {
    }

    /** One day of a year's view: whether it is worked, and why not or why it is. */
    public record Day(LocalDate date, Kind kind, String holiday) {

        public enum Kind {
            /** Monday to Friday */
            WORKDAY,
            WEEKEND,
            /** a day off of the notice (named) */
            HOLIDAY,
            /** 调休上班: a weekend day that is worked */
            MAKEUP_WORKDAY
        }
    }

    public List<Year> loaded() {
        return calendar.years().stream()
                .map(y -> new Year(y.year(), y.source(), !y.origin().startsWith("classpath:"), y.origin(), y.holidays().size(),
                        y.workdays().size()))
                .toList();
    }

    /** The year every day of which is known, month by month; not found for a year without data. */
    public Map<Month, List<Day>> days(int year) {
        HolidayYear data = calendar.years().stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("no holiday data for " + year));
        Map<Month, List<Day>> months = new LinkedHashMap<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            Day.Kind kind;
            if (data.holidays().contains(day)) {
                kind = Day.Kind.HOLIDAY;
            } else if (data.workdays().contains(day)) {
                kind = Day.Kind.MAKEUP_WORKDAY;
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                kind = Day.Kind.WEEKEND;
            } else {
                kind = Day.Kind.WORKDAY;
            }
            months.computeIfAbsent(day.getMonth(), m -> new ArrayList<>()).add(new Day(day, kind, data.holidayNames().get(day)));
        }
        return months;
    }

    /** Next year, while its data is missing and the warning month has come; empty otherwise. */
    public Optional<Integer> missingNextYear() {
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        int next = today.getYear() + 1;
        boolean due = today.getMonthValue() >= warnFrom.getValue();
        return due && !calendar.yearsWithData().contains(next) ? Optional.of(next) : Optional.empty();
    }

    /** The years used for deadlines although no data was loaded for them (computed Monday to Friday). */
    public List<Integer> usedWithoutData() {
        return List.copyOf(calendar.yearsUsedWithoutData());
    }

    public Month warnFrom() {
        return warnFrom;
    }

    /**
     * Stores a year's file ({@code <year>.yaml}, the shape of the shipped {@code calendar/*.yaml}) in the override
     * directory and reloads the calendar. The file is checked first: a bad one is refused on {@code file} with the
     * reason, and nothing changes. It replaces an earlier upload of the same year and overrides a shipped year.
     *
     * @return the year it holds
     */
    @Transactional
    public Year upload(String fileName, byte[] content) {
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString().strip();
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        if (!HolidayFileParser.isHolidayFileName(name)) {
            throw new InvalidRequestException("file", "must be named <year>.yaml, e.g. 2027.yaml");
        }
        HolidayYear parsed;
        try {
            parsed = HolidayFileParser.parse(name, utf8(content), name);
        } catch (InvalidCalendarFileException invalid) {
            throw new InvalidRequestException("file", invalid.reason());
        }
        List<Integer> before = List.copyOf(calendar.yearsWithData());
        Optional<Year> previous = loaded().stream().filter(y -> y.year() == parsed.year()).findFirst();
        Path directory = calendar.directory();
        Path target = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Path backup = Files.exists(target) ? Files.copy(target, directory.resolve(name + ".previous"), StandardCopyOption.REPLACE_EXISTING) : null;
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            try {
                calendar.reload();
            } catch (InvalidCalendarFileException otherFile) {
                // another file of the directory is broken: put ours back as it was, keep the data in use
                if (backup != null) {
                    Files.move(backup, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(target);
                }
                throw new InvalidRequestException("file", "cannot be loaded with the other files: " + otherFile.getMessage());
            }
            if (backup != null) {
                Files.deleteIfExists(backup);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target, e);
        }
        Year year = loaded().stream().filter(y -> y.year() == parsed.year()).findFirst().orElseThrow();
        audit.record("calendar.uploaded", "calendar", String.valueOf(parsed.year()), previous.orElse(null), year);
        if (!before.equals(List.copyOf(calendar.yearsWithData()))) {
            audit.record("calendar.reloaded", "calendar", "years", before, List.copyOf(calendar.yearsWithData()));
        }
        return year;
    }

    /** Reads every file again (after someone put one in the directory by hand); see {@link WorkingDayCalendar#reload}. */
    @Transactional
    public List<Integer> reload() {
        List<Integer> before = List.copyOf(calendar.yearsWithData());
        calendar.reload();
        List<Integer> after = List.copyOf(calendar.yearsWithData());
        audit.record("calendar.reloaded", "calendar", "years", before, after);
        return after;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("file", "is not UTF-8 text");
        }
    }
}
