package org.bihuan.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One input component of a form with the rules taken from its JSON. {@link #convert} turns a submitted
 * value into its Java type, {@link #check} applies the constraints; both answer with an error message
 * or a value.
 *
 * @param staticValues the allowed values of a choice field, {@code null} when they come from
 *                     {@code valuesKey}/{@code valuesExpression} (unknown until the form is rendered)
 * @param valuesKey    the variable that offers the options of a choice field ({@code [{label, value}]}),
 *                     {@code null} for a static list; the offered values are checked by {@link #check(Object, List)}
 * @param subtype      {@code date} or {@code datetime} for a datetime field, otherwise {@code null}
 */
record InputField(String id, String key, String type, String subtype, String label, boolean required,
                  List<String> staticValues, String valuesKey, Integer minLength, Integer maxLength, Pattern pattern,
                  BigDecimal min, BigDecimal max, Integer decimalDigits) {

    static final List<String> TYPES = List.of(
            "textfield", "textarea", "number", "checkbox", "radio", "select", "checklist", "taglist", "datetime");

    record Result(Object value, String error) {
        static Result of(Object value) {
            return new Result(value, null);
        }

        static Result error(String message) {
            return new Result(null, message);
        }
    }

    boolean isText() {
        return type.equals("textfield") || type.equals("textarea");
    }

    boolean isSingleChoice() {
        return type.equals("radio") || type.equals("select");
    }

    boolean isMultipleChoice() {
        return type.equals("checklist") || type.equals("taglist");
    }

    /** @return the value in its Java type, {@code null} for "not filled in", or an error */
    Result convert(Object submitted) {
        if (type.equals("checkbox")) {
            return toBoolean(submitted);
        }
        if (submitted == null || submitted instanceof String text && text.isBlank()) {
            return Result.of(null);
        }
        if (isText()) {
            return submitted instanceof String ? Result.of(submitted) : Result.error("must be text");
        }
        if (isSingleChoice()) {
            return isScalar(submitted) && (!hasCodes() || submitted instanceof String)
                    ? Result.of(submitted) : Result.error(choiceMessage());
        }
        if (isMultipleChoice()) {
            return toList(submitted);
        }
        if (type.equals("number")) {
            return toNumber(submitted);
        }
        return subtype.equals("date") ? toDate(submitted) : toDateTime(submitted);
    }

    /** Static values and offered options are codes: text, never a number or a flag. */
    private boolean hasCodes() {
        return staticValues != null || valuesKey != null;
    }

    /** @param value a converted value, {@code null} when not filled in */
    String check(Object value) {
        return check(value, null);
    }

    /**
     * @param value   a converted value, {@code null} when not filled in
     * @param offered the option values offered through {@link #valuesKey}, {@code null} when not known (then
     *                any value of the right shape passes)
     */
    String check(Object value, List<String> offered) {
        if (required && isMissing(value)) {
            return type.equals("checkbox") ? "must be checked" : "is required";
        }
        if (value == null) {
            return null;
        }
        if (value instanceof String text && isText()) {
            return checkText(text);
        }
        if (isSingleChoice() && staticValues != null && !staticValues.contains(value)) {
            return choiceMessage();
        }
        if (value instanceof List<?> list && staticValues != null && !staticValues.containsAll(list)) {
            return "must contain only " + String.join(", ", staticValues);
        }
        if (value instanceof BigDecimal number) {
            return checkNumber(number);
        }
        if (valuesKey != null && offered != null) {
            return checkOffered(value, offered);
        }
        return null;
    }

    private static String checkOffered(Object value, List<String> offered) {
        List<?> chosen = value instanceof List<?> list ? list : List.of(value);
        return chosen.stream().filter(choice -> !offered.contains(choice)).findFirst()
                .map(choice -> "'" + choice + "' is not one of the offered options")
                .orElse(null);
    }

    private static boolean isMissing(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof List<?> list && list.isEmpty();
    }

    private String checkText(String text) {
        // form-js measures the trimmed text; measuring the same way keeps browser and server in step
        int length = text.strip().length();
        if (minLength != null && length < minLength) {
            return "must have at least " + minLength + " characters";
        }
        if (maxLength != null && length > maxLength) {
            return "must have at most " + maxLength + " characters";
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            return "must match the pattern " + pattern.pattern();
        }
        return null;
    }

    private String checkNumber(BigDecimal number) {
        if (min != null && number.compareTo(min) < 0) {
            return "must be at least " + min.toPlainString();
        }
        if (max != null && number.compareTo(max) > 0) {
            return "must be at most " + max.toPlainString();
        }
        if (decimalDigits != null && number.stripTrailingZeros().scale() > decimalDigits) {
            return "must have at most " + decimalDigits + " decimals";
        }
        return null;
    }

    private String choiceMessage() {
        return staticValues == null ? "must be a single value" : "must be one of " + String.join(", ", staticValues);
    }

    /** An unchecked checkbox is {@code false}, not absent, just as form-js submits it. */
    private static Result toBoolean(Object submitted) {
        if (submitted == null || Boolean.FALSE.equals(submitted) || "false".equals(submitted)) {
            return Result.of(Boolean.FALSE);
        }
        if (Boolean.TRUE.equals(submitted) || "true".equals(submitted)) {
            return Result.of(Boolean.TRUE);
        }
        return Result.error("must be true or false");
    }

    private Result toList(Object submitted) {
        if (!(submitted instanceof List<?> list)) {
            return Result.error("must be a list");
        }
        List<Object> values = new ArrayList<>();
        for (Object element : list) {
            if (!isScalar(element) || hasCodes() && !(element instanceof String)) {
                return Result.error(staticValues == null
                        ? "must be a list of single values" : "must contain only " + String.join(", ", staticValues));
            }
            values.add(element);
        }
        return Result.of(List.copyOf(values));
    }

    private static Result toNumber(Object submitted) {
        try {
            if (submitted instanceof BigDecimal decimal) {
                return Result.of(decimal);
            }
            if (submitted instanceof Double || submitted instanceof Float) {
                // via the shortest decimal representation, so 12.34 stays 12.34 and not 12.339999…
                return Result.of(BigDecimal.valueOf(((Number) submitted).doubleValue()));
            }
            if (submitted instanceof Number || submitted instanceof String) {
                return Result.of(new BigDecimal(submitted.toString().strip()));
            }
        } catch (NumberFormatException notANumber) {
            // NaN, infinity or text that is not a number: reported below
        }
        return Result.error("must be a number");
    }

    private static Result toDate(Object submitted) {
        if (submitted instanceof LocalDate date) {
            return Result.of(date);
        }
        try {
            if (submitted instanceof String text) {
                return Result.of(LocalDate.parse(text.strip()));
            }
        } catch (DateTimeParseException notADate) {
            // reported below
        }
        return Result.error("must be a date (yyyy-MM-dd)");
    }

    private static Result toDateTime(Object submitted) {
        if (submitted instanceof OffsetDateTime dateTime) {
            return Result.of(dateTime);
        }
        try {
            if (submitted instanceof String text) {
                return Result.of(OffsetDateTime.parse(text.strip()));
            }
        } catch (DateTimeParseException notADateTime) {
            // reported below
        }
        return Result.error("must be a date and time with an offset (e.g. 2025-03-01T09:30:00+08:00)");
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
