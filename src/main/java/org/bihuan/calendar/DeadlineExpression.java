package org.bihuan.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured deadline: {@code 10WD} working days, {@code 30D} calendar days, {@code 3M} calendar
 * months, or an exact ISO-8601 duration such as {@code PT2M} (for demos and tests).
 *
 * @param unit     what the amount counts
 * @param amount   the number of working days, days or months; 0 for {@link Unit#DURATION}
 * @param duration the exact duration for {@link Unit#DURATION}; null otherwise
 */
public record DeadlineExpression(Unit unit, int amount, Duration duration) {

    public enum Unit { WORKING_DAYS, DAYS, MONTHS, DURATION }

    private static final Pattern CALENDAR_FORM = Pattern.compile("([1-9]\\d{0,3})(WD|D|M)");
    private static final String ACCEPTED = "expected <n>WD (working days, e.g. 10WD), <n>D (calendar days, e.g. 30D), "
            + "<n>M (calendar months, e.g. 3M) with n from 1 to 9999, or a positive ISO-8601 duration (e.g. PT2M, PT1H)";

    public DeadlineExpression {
        Objects.requireNonNull(unit, "unit");
        if (unit == Unit.DURATION) {
            if (duration == null || duration.isNegative() || duration.isZero() || amount != 0) {
                throw new IllegalArgumentException("a DURATION deadline needs a positive duration and amount 0");
            }
        } else if (amount < 1 || duration != null) {
            throw new IllegalArgumentException("a " + unit + " deadline needs an amount of at least 1 and no duration");
        }
    }

    public static DeadlineExpression parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Deadline expression is missing: " + ACCEPTED);
        }
        String trimmed = text.strip();
        Matcher calendarForm = CALENDAR_FORM.matcher(trimmed);
        if (calendarForm.matches()) {
            int amount = Integer.parseInt(calendarForm.group(1));
            Unit unit = switch (calendarForm.group(2)) {
                case "WD" -> Unit.WORKING_DAYS;
                case "D" -> Unit.DAYS;
                default -> Unit.MONTHS;
            };
            return new DeadlineExpression(unit, amount, null);
        }
        if (trimmed.startsWith("P")) {
            try {
                Duration duration = Duration.parse(trimmed);
                if (!duration.isNegative() && !duration.isZero()) {
                    return new DeadlineExpression(Unit.DURATION, 0, duration);
                }
            } catch (DateTimeParseException e) {
                // falls through to the common message, which lists every accepted form
            }
        }
        throw new IllegalArgumentException("Invalid deadline expression '" + text + "': " + ACCEPTED);
    }

    @Override
    public String toString() {
        return switch (unit) {
            case WORKING_DAYS -> amount + "WD";
            case DAYS -> amount + "D";
            case MONTHS -> amount + "M";
            case DURATION -> duration.toString();
        };
    }
}
