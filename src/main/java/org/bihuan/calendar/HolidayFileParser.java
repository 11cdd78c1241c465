package org.bihuan.calendar;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates one {@code <year>.yaml} holiday file. Every problem is reported with the file
 * name and a sentence an administrator can act on, because these files are typed in by hand from the
 * yearly notice.
 */
final class HolidayFileParser {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.yaml");
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("year", "source", "holidays", "workdays");
    private static final Set<String> HOLIDAY_KEYS = Set.of("name", "from", "to");

    private HolidayFileParser() {
    }

    static HolidayYear parse(String fileName, String text, String origin) {
        return new Reading(fileName, origin).read(text);
    }

    static boolean isHolidayFileName(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    private static final class Reading {

        private final String fileName;
        private final String origin;

        Reading(String fileName, String origin) {
            this.fileName = fileName;
            this.origin = origin;
        }

        HolidayYear read(String text) {
            var nameMatch = FILE_NAME.matcher(fileName);
            if (!nameMatch.matches()) {
                throw invalid("the file name must be <year>.yaml, e.g. 2027.yaml");
            }
            int yearOfFileName = Integer.parseInt(nameMatch.group(1));

            Map<?, ?> document = asMap(load(text), "the file");
            for (Object key : document.keySet()) {
                if (!TOP_LEVEL_KEYS.contains(String.valueOf(key))) {
                    throw invalid("unknown key '" + key + "' (expected year, source, holidays, workdays)");
                }
            }
            if (!(document.get("year") instanceof Integer year)) {
                throw invalid("'year' is missing or not a number");
            }
            if (year != yearOfFileName) {
                throw invalid("'year: " + year + "' does not match the file name (" + yearOfFileName + ")");
            }
            Object source = document.get("source");
            if (source == null || String.valueOf(source).isBlank()) {
                throw invalid("'source' is missing: name the notice the dates come from");
            }

            Map<LocalDate, String> holidayNames = new java.util.HashMap<>();
            Set<LocalDate> holidays = readHolidays(document.get("holidays"), year, holidayNames);
            Set<LocalDate> workdays = readWorkdays(document.get("workdays"), year);
            for (LocalDate workday : workdays) {
                if (holidays.contains(workday)) {
                    throw invalid(workday + " is listed both as a holiday and as a workday");
                }
            }
            return new HolidayYear(year, String.valueOf(source).strip(), holidays, workdays, origin, holidayNames);
        }

        private Object load(String text) {
            try {
                return yaml().load(text);
            } catch (YAMLException e) {
                throw new InvalidCalendarFileException(fileName, "not valid YAML: " + e.getMessage(), e);
            }
        }

        private Set<LocalDate> readHolidays(Object value, int year, Map<LocalDate, String> names) {
            Set<LocalDate> days = new HashSet<>();
            for (Object entry : asList(value, "holidays")) {
                Map<?, ?> holiday = asMap(entry, "each entry of 'holidays'");
                for (Object key : holiday.keySet()) {
                    if (!HOLIDAY_KEYS.contains(String.valueOf(key))) {
                        throw invalid("unknown key '" + key + "' in holiday " + holiday + " (expected name, from, to)");
                    }
                }
                Object name = holiday.get("name");
                if (name == null || String.valueOf(name).isBlank()) {
                    throw invalid("holiday " + holiday + " has no name");
                }
                LocalDate from = date(holiday.get("from"), "'from' of holiday " + name, year);
                LocalDate to = date(holiday.get("to"), "'to' of holiday " + name, year);
                if (to.isBefore(from)) {
                    throw invalid("holiday " + name + " ends (" + to + ") before it starts (" + from + ")");
                }
                from.datesUntil(to.plusDays(1)).forEach(day -> {
                    days.add(day);
                    names.put(day, String.valueOf(name).strip());
                });
            }
            return days;
        }

        private Set<LocalDate> readWorkdays(Object value, int year) {
            Set<LocalDate> days = new LinkedHashSet<>();
            for (Object entry : asList(value, "workdays")) {
                LocalDate day = date(entry, "workday", year);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    throw invalid("workday " + day + " is a " + day.getDayOfWeek()
                            + "; list only weekend days that are worked (调休上班)");
                }
                days.add(day);
            }
            return days;
        }

        private LocalDate date(Object value, String what, int year) {
            if (value == null) {
                throw invalid(what + " is missing");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(String.valueOf(value));
            } catch (DateTimeParseException e) {
                throw invalid(what + " '" + value + "' is not a date like " + year + "-01-01 ("
                        + e.getMessage() + ")");
            }
            if (date.getYear() != year) {
                throw invalid(what + " " + date + " lies outside " + year
                        + "; a day of another year belongs in that year's file");
            }
            return date;
        }

        private List<?> asList(Object value, String key) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return list;
            }
            throw invalid("'" + key + "' must be a list");
        }

        private Map<?, ?> asMap(Object value, String what) {
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw invalid(what + " must be a mapping of keys to values");
        }

        private InvalidCalendarFileException invalid(String reason) {
            return new InvalidCalendarFileException(fileName, reason);
        }
    }

    /** Dates stay text so that {@link LocalDate#parse} rejects 2026-02-30 instead of SnakeYAML rolling it over. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new DatesAsText());
    }

    private static final class DatesAsText extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
