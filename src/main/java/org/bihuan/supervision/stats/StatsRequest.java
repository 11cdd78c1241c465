package org.bihuan.supervision.stats;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.casefile.CaseType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The parameters of /api/stats, checked: from and to are ISO dates (both inclusive; default: the current month
 * up to today), unit a known unit code (default: every unit), type COMPLAINT or PROPOSAL (default: both).
 */
record StatsRequest(LocalDate from, LocalDate to, String unit, Optional<CaseType> type) {

    static StatsRequest parse(String from, String to, String unit, String type, LocalDate today, Predicate<String> unitExists) {
        List<Violation> violations = new ArrayList<>();
        LocalDate toDate = date("to", to, violations);
        LocalDate fromDate = date("from", from, violations);
        if (toDate == null && isBlank(to)) {
            toDate = today;
        }
        if (fromDate == null && isBlank(from) && toDate != null) {
            fromDate = toDate.withDayOfMonth(1);
        }
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            violations.add(new Violation("from", "must not be after to (" + toDate + ")"));
        }
        String unitCode = isBlank(unit) ? null : unit.trim();
        if (unitCode != null && !unitExists.test(unitCode)) {
            violations.add(new Violation("unit", "is not a known unit: " + unitCode));
        }
        Optional<CaseType> caseType = Optional.empty();
        if (!isBlank(type)) {
            caseType = Arrays.stream(CaseType.values()).filter(t -> t.name().equals(type.trim())).findFirst();
            if (caseType.isEmpty()) {
                violations.add(new Violation("type", "must be COMPLAINT or PROPOSAL"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new StatsRequest(fromDate, toDate, unitCode, caseType);
    }

    /**
     * The period to compare with: for a period starting on the 1st of a month, the same days of the month
     * before ("this month against the last", to date); otherwise the period of the same length just before.
     */
    StatsRequest previous() {
        if (from.getDayOfMonth() == 1) {
            LocalDate previousFrom = from.minusMonths(1);
            LocalDate previousTo = to.minusMonths(1);
            if (to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
                previousTo = previousTo.withDayOfMonth(previousTo.lengthOfMonth());
            }
            return new StatsRequest(previousFrom, previousTo, unit, type);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return new StatsRequest(from.minusDays(days), from.minusDays(1), unit, type);
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date like 2026-03-31"));
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
