package org.bihuan.lifecycle;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong with a row of the ledger (or with the whole file: row 0), or what the office should know before it
 * imports (a warning). {@code column} is the column's key (the API's path, e.g. {@code complainant.creditCode}) or
 * {@code file}; {@code code} says which problem it is, so that a page can word it in its language (the bundle key
 * {@code admin.import.problem.<code>} with the same arguments); {@code message} is the API's English wording.
 */
public record LedgerProblem(int row, String column, String header, Code code, List<String> arguments) {

    public static final String FILE = "file";

    public enum Code {
        // the file
        EMPTY_FILE("is empty"),
        OLD_WORKBOOK("is an Excel 97-2003 workbook (.xls): save it as .xlsx"),
        UNREADABLE("cannot be read as an XLSX workbook or a CSV file"),
        NO_ROWS("has no row under its header"),
        TOO_MANY_ROWS("has more than {0} rows: split it into several files"),
        MISSING_COLUMN("has no column {0}"),
        UNKNOWN_TYPE("cannot be imported: no lifecycle takes cases of this type from a ledger"),
        // a cell
        REQUIRED("is required"),
        BAD_DATE("is not a date (yyyy-mm-dd, optionally with hh:mm): {0}"),
        BAD_AMOUNT("is not an amount: {0}"),
        BAD_CHOICE("is not one of {1}: {0}"),
        UNKNOWN_STEP("is not a step a case can be imported at ({1}): {0}"),
        UNKNOWN_UNIT("is not the code or name of a handling unit: {0}"),
        UNKNOWN_MEMBER("is not the username or name of a CPPCC member: {0}"),
        AMBIGUOUS_MEMBER("is the name of several CPPCC members: give the username instead: {0}"),
        DUPLICATE_IN_FILE("{0} is on row {1} too"),
        DUPLICATE_CASE("{0} is the number of a case the system has already"),
        IN_FUTURE("lies in the future: {0}"),
        BEFORE_RECEIPT("lies before the receipt: {0}"),
        DUE_BEFORE_START("lies before the step''s start: {0}"),
        HISTORY_LINE("line {0} does not start with a date: {1}"),
        INVALID("{0}"),
        // warnings
        UNKNOWN_COLUMN("is not a column of this layout and is not read: {0}"),
        NEW_NUMBER("{0} does not fit the series: the case gets a new number and keeps {0} on its timeline"),
        OVERDUE("was due {0}: the step is escalated as soon as it is imported");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The bundle key's last part: {@code admin.import.problem.unknownUnit}. */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    public static LedgerProblem ofFile(Code code, Object... arguments) {
        return new LedgerProblem(0, FILE, null, code, strings(arguments));
    }

    static List<String> strings(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The English wording, as the API answers it. */
    public String message() {
        return new MessageFormat(code.english, Locale.ROOT).format(arguments.toArray());
    }

    /** The field an API problem names: {@code rows[3].unit}, or {@code file}. */
    public String field() {
        return row == 0 ? FILE : "rows[" + row + "]." + column;
    }
}
