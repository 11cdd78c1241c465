package org.bihuan.identity;

import org.bihuan.domain.Violation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a password must be: long enough ({@code bihuan.accounts.password-min-length}), not the username nor
 * containing it (case-insensitive), and not one of the common passwords of {@code identity/common-passwords.txt}
 * (also not one of them with digits or punctuation added at the end, the usual way people "strengthen" them).
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "identity/common-passwords.txt";
    /** BCrypt reads no further; a longer password would be cut without the user knowing */
    static final int MAX_BYTES = 72;
    private static final Pattern TRAILING_DIGITS_AND_PUNCTUATION = Pattern.compile("[\\p{Digit}\\p{Punct}\\s]+$");
    /** a common word shorter than this, once its tail is cut, says nothing ("a1234567890" is not "a") */
    private static final int SHORTEST_STEM = 4;

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(AccountProperties properties) {
        this.minLength = properties.passwordMinLength();
        this.common = load();
    }

    /** The reason the password is refused, if it is. */
    Optional<Violation> check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Violation(field, "must not be blank"));
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            return Optional.of(new Violation(field, "must be at least " + minLength + " characters long"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Violation(field, "must be at most " + MAX_BYTES + " bytes long (UTF-8)"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Violation(field, "must not be or contain the username"));
        }
        if (isCommon(lower)) {
            return Optional.of(new Violation(field, "is one of the most common passwords; choose another"));
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String stem = TRAILING_DIGITS_AND_PUNCTUATION.matcher(lower).replaceFirst("");
        return stem.length() >= SHORTEST_STEM && common.contains(stem);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#!comment:") && !line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
        if (passwords.isEmpty()) {
            throw new IllegalStateException(COMMON_PASSWORDS + " holds no password");
        }
        return Set.copyOf(passwords);
    }
}
