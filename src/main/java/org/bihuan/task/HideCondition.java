package org.bihuan.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code conditional.hide} expression in the small FEEL subset that the server evaluates exactly as
 * form-js does in the browser:
 * {@code key = "V"}, {@code key != "V"}, {@code key = true|false}, {@code key != true|false},
 * {@code not(key)}, {@code key}, joined by {@code and} / {@code or} ({@code and} binds tighter).
 *
 * <p>Anything else is refused when the form is loaded rather than approximated, because an
 * approximation would let Tasklist and the validator disagree about which fields a user must fill.
 * For the same reason the names must be fields of the same form (process variables are visible to
 * form-js but not to the validator), string literals may only be compared with text and choice fields
 * (and must be one of a choice field's values), and booleans only with checkboxes.
 */
final class HideCondition {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<name>[A-Za-z_][A-Za-z0-9_]*)|\"(?<string>[^\"\\\\\\n]*)\"|(?<op>!=|=)|(?<paren>[()]))");
    private static final Set<String> STRING_COMPARABLE = Set.of("textfield", "textarea", "radio", "select");

    private final String expression;
    private final Predicate<Map<String, Object>> test;

    private HideCondition(String expression, Predicate<Map<String, Object>> test) {
        this.expression = expression;
        this.test = test;
    }

    /**
     * @param fieldsByKey the input fields of the form, to check names and literal types against
     * @throws UnsupportedExpression if the expression is outside the subset or does not fit the form
     */
    static HideCondition parse(String expression, Map<String, InputField> fieldsByKey) {
        if (!expression.startsWith("=")) {
            throw new UnsupportedExpression("a condition must be a FEEL expression starting with '='");
        }
        Parser parser = new Parser(tokenize(expression.substring(1)), fieldsByKey);
        Predicate<Map<String, Object>> test = parser.disjunction();
        parser.expectEnd();
        return new HideCondition(expression, test);
    }

    /** @param values the (already converted) values of the submission, absent fields have no entry */
    boolean isHidden(Map<String, Object> values) {
        return test.test(values);
    }

    @Override
    public String toString() {
        return expression;
    }

    private static List<String> tokenize(String feel) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(feel);
        int position = 0;
        while (position < feel.length()) {
            if (feel.substring(position).isBlank()) {
                break;
            }
            if (!matcher.region(position, feel.length()).lookingAt()) {
                throw new UnsupportedExpression("unexpected text at '" + feel.substring(position).strip() + "'");
            }
            tokens.add(matcher.group("string") != null
                    ? "\"" + matcher.group("string") + "\""
                    : matcher.group().strip());
            position = matcher.end();
        }
        return tokens;
    }

    static final class UnsupportedExpression extends RuntimeException {
        UnsupportedExpression(String reason) {
            super(reason);
        }
    }

    private static final class Parser {

        private final List<String> tokens;
        private final Map<String, InputField> fieldsByKey;
        private int next;

        Parser(List<String> tokens, Map<String, InputField> fieldsByKey) {
            this.tokens = tokens;
            this.fieldsByKey = fieldsByKey;
        }

        Predicate<Map<String, Object>> disjunction() {
            Predicate<Map<String, Object>> result = conjunction();
            while (accept("or")) {
                result = result.or(conjunction());
            }
            return result;
        }

        private Predicate<Map<String, Object>> conjunction() {
            Predicate<Map<String, Object>> result = atom();
            while (accept("and")) {
                result = result.and(atom());
            }
            return result;
        }

        private Predicate<Map<String, Object>> atom() {
            if (accept("not")) {
                expect("(");
                String key = checkbox(name());
                expect(")");
                // FEEL's not(null) is null, which form-js does not treat as "hide"
                return values -> Boolean.FALSE.equals(values.get(key));
            }
            String key = name();
            boolean equal;
            if (accept("=")) {
                equal = true;
            } else if (accept("!=")) {
                equal = false;
            } else {
                String checkbox = checkbox(key);
                return values -> Boolean.TRUE.equals(values.get(checkbox));
            }
            Object literal = literalFor(key);
            // FEEL: null = "V" is false and null != "V" is true, which equals() mirrors
            return equal
                    ? values -> literal.equals(values.get(key))
                    : values -> !literal.equals(values.get(key));
        }

        private Object literalFor(String key) {
            InputField field = fieldsByKey.get(key);
            String token = take("a string, true or false");
            if (token.equals("true") || token.equals("false")) {
                if (!field.type().equals("checkbox")) {
                    throw new UnsupportedExpression("'" + key + "' is a " + field.type()
                            + ", only checkboxes compare with true or false");
                }
                return Boolean.valueOf(token);
            }
            if (!token.startsWith("\"")) {
                throw new UnsupportedExpression("expected a string, true or false after '" + key + "' but found '"
                        + token + "'");
            }
            String literal = token.substring(1, token.length() - 1);
            if (!STRING_COMPARABLE.contains(field.type())) {
                throw new UnsupportedExpression("'" + key + "' is a " + field.type()
                        + ", only text and choice fields compare with a string");
            }
            if (field.staticValues() != null && !field.staticValues().contains(literal)) {
                throw new UnsupportedExpression("\"" + literal + "\" is not a value of '" + key + "' "
                        + field.staticValues());
            }
            return literal;
        }

        private String name() {
            String token = take("a field name");
            if (Set.of("and", "or", "not", "true", "false").contains(token) || !token.matches("[A-Za-z_]\\w*")) {
                throw new UnsupportedExpression("expected a field name but found '" + token + "'");
            }
            if (!fieldsByKey.containsKey(token)) {
                throw new UnsupportedExpression("'" + token + "' is not a field of this form");
            }
            return token;
        }

        private String checkbox(String key) {
            String type = fieldsByKey.get(key).type();
            if (!type.equals("checkbox")) {
                throw new UnsupportedExpression("'" + key + "' is a " + type
                        + ", only a checkbox may stand alone or inside not(...); compare it with a value instead");
            }
            return key;
        }

        private boolean accept(String token) {
            if (next < tokens.size() && tokens.get(next).equals(token)) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new UnsupportedExpression("expected '" + token + "'"
                        + (next < tokens.size() ? " but found '" + tokens.get(next) + "'" : " at the end"));
            }
        }

        private String take(String what) {
            if (next >= tokens.size()) {
                throw new UnsupportedExpression("expected " + what + " at the end");
            }
            return tokens.get(next++);
        }

        void expectEnd() {
            if (tokens.isEmpty()) {
                throw new UnsupportedExpression("the condition is empty");
            }
            if (next < tokens.size()) {
                throw new UnsupportedExpression("unexpected '" + tokens.get(next) + "'");
            }
        }
    }
}
