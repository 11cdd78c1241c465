package org.bihuan.calendar;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the configured deadline expressions into instants on the working-day calendar. BPMN models
 * call it by name, e.g. {@code camunda:dueDate="${deadlines.due('complaint.accept', receivedAt)}"}.
 *
 * <p>Calendar-based deadlines (WD, D, M) end at the office's closing time in the calendar's zone;
 * a D or M deadline that falls on a rest day moves to the next working day (法定期间届满日为节假日的顺延).
 */
@Component("deadlines")
public class Deadlines {

    private final WorkingDayCalendar calendar;
    private final Map<String, Configured> byKey;

    Deadlines(WorkingDayCalendar calendar, DeadlineProperties properties) {
        this.calendar = calendar;
        this.byKey = Collections.unmodifiableMap(parseAll(properties));
    }

    /** For BPMN expressions: {@code from} is a Date, Instant, OffsetDateTime, ZonedDateTime or LocalDate. */
    public Date due(String key, Object from) {
        return Date.from(due(key, toInstant(from)));
    }

    public Instant due(String key, Instant from) {
        return apply(configured(key).expression(), from);
    }

    public Instant apply(DeadlineExpression expression, Instant from) {
        LocalDate day = localDate(from);
        return switch (expression.unit()) {
            case WORKING_DAYS -> closingTimeOf(calendar.nthWorkingDayAfter(day, expression.amount()));
            case DAYS -> closingTimeOf(calendar.firstWorkingDayOnOrAfter(day.plusDays(expression.amount())));
            case MONTHS -> closingTimeOf(calendar.firstWorkingDayOnOrAfter(day.plusMonths(expression.amount())));
            case DURATION -> from.plus(expression.duration());
        };
    }

    /**
     * The instant that lies the expression before {@code deadline}, e.g. when to warn "2WD before":
     * for WD the closing time of the working day from which the deadline's date lies n working days
     * on; for D and M the same time of day count back without rolling; a duration exactly.
     */
    public Instant before(String key, Instant deadline) {
        DeadlineExpression expression = configured(key).expression();
        LocalDate day = localDate(deadline);
        return switch (expression.unit()) {
            case WORKING_DAYS -> closingTimeOf(calendar.nthWorkingDayBefore(day, expression.amount()));
            case DAYS -> closingTimeOf(day.minusDays(expression.amount()));
            case MONTHS -> closingTimeOf(day.minusMonths(expression.amount()));
            case DURATION -> deadline.minus(expression.duration());
        };
    }

    /** Working days left when a clock stops (补正): those in (date(pausedAt), date(deadline)], never negative. */
    public int remainingWorkingDays(Instant pausedAt, Instant deadline) {
        return calendar.workingDaysBetween(localDate(pausedAt), localDate(deadline));
    }

    /**
     * The new deadline when a stopped clock runs again: closing time of the {@code remaining}-th
     * working day after the day it resumes; with nothing remaining, of the first working day on or
     * after that day.
     */
    public Instant resume(Instant resumedAt, int remainingWorkingDays) {
        if (remainingWorkingDays < 0) {
            throw new IllegalArgumentException("remaining working days cannot be negative: " + remainingWorkingDays);
        }
        LocalDate day = localDate(resumedAt);
        return closingTimeOf(remainingWorkingDays == 0
                ? calendar.firstWorkingDayOnOrAfter(day)
                : calendar.nthWorkingDayAfter(day, remainingWorkingDays));
    }

    /** The expression as configured, e.g. "10WD". */
    public String expression(String key) {
        return configured(key).text();
    }

    private Configured configured(String key) {
        Configured configured = byKey.get(key);
        if (configured == null) {
            throw new IllegalArgumentException("Unknown deadline key '" + key + "'; configured keys: " + byKey.keySet()
                    + " (set bihuan.deadlines." + key + ")");
        }
        return configured;
    }

    private Instant closingTimeOf(LocalDate day) {
        return day.atTime(calendar.officeClosingTime()).atZone(calendar.zone()).toInstant();
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private Instant toInstant(Object from) {
        if (from instanceof Date date) {
            return date.toInstant();
        }
        if (from instanceof Instant instant) {
            return instant;
        }
        if (from instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (from instanceof ZonedDateTime zonedDateTime) {
            return zonedDateTime.toInstant();
        }
        if (from instanceof LocalDate localDate) {
            return localDate.atStartOfDay(calendar.zone()).toInstant();
        }
        throw new IllegalArgumentException("Cannot compute a deadline from " + (from == null ? "null"
                : from.getClass().getName() + " " + from)
                + "; expected a java.util.Date, Instant, OffsetDateTime, ZonedDateTime or LocalDate");
    }

    private static Map<String, Configured> parseAll(Map<String, Map<String, String>> lifecycles) {
        Map<String, Configured> parsed = new TreeMap<>();
        lifecycles.forEach((lifecycle, names) -> names.forEach((name, text) -> {
            String key = lifecycle + "." + name;
            try {
                DeadlineExpression expression = DeadlineExpression.parse(text);
                parsed.put(key, new Configured(text.strip(), expression));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bihuan.deadlines." + key + ": " + e.getMessage(), e);
            }
        }));
        return parsed;
    }

    private record Configured(String text, DeadlineExpression expression) {
    }
}
