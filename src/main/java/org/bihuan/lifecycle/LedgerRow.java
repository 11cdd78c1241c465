package org.bihuan.lifecycle;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the ledger as its lifecycle reads it: the cells by column key, read as text, dates, amounts or choices;
 * every problem found is kept on the row (with its column) rather than thrown, so that a dry run lists them all.
 */
public final class LedgerRow {

    /** 2026-01-05, 2026/1/5, 2026.1.5 or 2026年1月5日, optionally followed by 09:30 or 09:30:00. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** Excel counts days from 30 December 1899 (its 1900 date system, leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final int number;
    private final Map<String, LedgerFile.Value> cells;
    private final Map<String, LedgerColumn> columns;
    private final List<LedgerProblem> problems = new ArrayList<>();
    private final List<LedgerProblem> warnings = new ArrayList<>();

    LedgerRow(int number, Map<String, LedgerFile.Value> cells, Map<String, LedgerColumn> columns) {
        this.number = number;
        this.cells = cells;
        this.columns = columns;
    }

    /** The row as the spreadsheet counts it (the header is row 1). */
    public int number() {
        return number;
    }

    /** The cell's text, stripped; empty when the cell is blank or the ledger has no such column. */
    public Optional<String> text(String key) {
        LedgerFile.Value value = cells.get(key);
        if (value == null || value.blank()) {
            return Optional.empty();
        }
        String text = value.text().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The cell's text, or null with a REQUIRED problem. */
    public String required(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            problem(key, LedgerProblem.Code.REQUIRED);
            return null;
        }
        return text.get();
    }

    /** A day, with the time of day when the cell gives one (midnight when it does not); a BAD_DATE problem when it is not one. */
    public Optional<LocalDateTime> dateTime(String key) {
        LedgerFile.Value value = cells.get(key);
        if (value == null || value.blank()) {
            return Optional.empty();
        }
        if (value.number() != null) {
            BigDecimal days = value.number();
            if (days.signum() > 0 && days.compareTo(BigDecimal.valueOf(2958465)) <= 0) {
                long whole = days.longValue();
                long seconds = Math.round(days.subtract(BigDecimal.valueOf(whole)).doubleValue() * 86400);
                return Optional.of(EXCEL_EPOCH.plusDays(whole).atStartOfDay().plusSeconds(seconds));
            }
        } else {
            Matcher m = DATE.matcher(value.text().strip());
            if (m.matches()) {
                try {
                    LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                            : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                    return Optional.of(day.atTime(time));
                } catch (java.time.DateTimeException notADay) {
                    // falls through to the problem
                }
            }
        }
        problem(key, LedgerProblem.Code.BAD_DATE, value.text().strip());
        return Optional.empty();
    }

    /** A day (a time of day in the cell is ignored). */
    public Optional<LocalDate> date(String key) {
        return dateTime(key).map(LocalDateTime::toLocalDate);
    }

    /** An amount of yuan (a number, "1,200.50" or "1200.50元"); a BAD_AMOUNT problem when it is not one. */
    public Optional<BigDecimal> amount(String key) {
        LedgerFile.Value value = cells.get(key);
        if (value == null || value.blank()) {
            return Optional.empty();
        }
        if (value.number() != null) {
            return Optional.of(value.number());
        }
        String text = value.text().strip().replace(",", "").replace("，", "").replaceAll("\\s*元$", "");
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            problem(key, LedgerProblem.Code.BAD_AMOUNT, value.text().strip());
            return Optional.empty();
        }
    }

    /**
     * One of a vocabulary's codes, given as the code itself or as one of the words the ledger uses for it
     * ({@code 小型 → SMALL}); a BAD_CHOICE problem naming the words otherwise.
     */
    public Optional<String> choice(String key, Map<String, String> codesByWord) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String word = text.get();
        if (codesByWord.containsValue(word)) {
            return Optional.of(word);
        }
        String code = codesByWord.get(word);
        if (code == null) {
            problem(key, LedgerProblem.Code.BAD_CHOICE, word, String.join("、", codesByWord.keySet()));
            return Optional.empty();
        }
        return Optional.of(code);
    }

    public void problem(String key, LedgerProblem.Code code, Object... arguments) {
        problems.add(new LedgerProblem(number, key, header(key), code, LedgerProblem.strings(arguments)));
    }

    public void warning(String key, LedgerProblem.Code code, Object... arguments) {
        warnings.add(new LedgerProblem(number, key, header(key), code, LedgerProblem.strings(arguments)));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether a problem was found in this column already (a rule checked later need not repeat it). */
    public boolean hasProblem(String key) {
        return problems.stream().anyMatch(p -> p.column().equals(key));
    }

    /**
     * The violations of a record's Bean Validation rules as problems of the columns whose keys are their paths (an
     * element of a list, {@code cosigners[0]}, is its column's): a value missing (NotNull, NotBlank) is REQUIRED, any
     * other rule INVALID with its message.
     */
    public void violated(Collection<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            Object rule = violation.getConstraintDescriptor().getAnnotation();
            violated(column(violation.getPropertyPath().toString()), rule instanceof NotNull || rule instanceof NotBlank,
                    violation.getMessage());
        }
    }

    /** The column of a rule's field path: {@code cosigners[0]} is the column {@code cosigners}. */
    public static String column(String path) {
        return path.replaceFirst("\\[\\d+].*$", "");
    }

    /**
     * A violation of a record's own rules (Bean Validation, or a service's checks) as a problem of the column whose
     * key is its path; a column with a problem already is left alone. A value missing is REQUIRED.
     */
    public void violated(String key, boolean missing, String message) {
        if (hasProblem(key)) {
            return;
        }
        if (missing) {
            problem(key, LedgerProblem.Code.REQUIRED);
        } else {
            problem(key, LedgerProblem.Code.INVALID, message);
        }
    }

    List<LedgerProblem> problems() {
        return List.copyOf(problems);
    }

    List<LedgerProblem> warnings() {
        return List.copyOf(warnings);
    }

    private String header(String key) {
        LedgerColumn column = columns.get(key);
        return column == null ? key : column.header();
    }
}
