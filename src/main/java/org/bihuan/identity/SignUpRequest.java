package org.bihuan.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Locale;

/**
 * What an enterprise gives to open its account (POST /api/portal/register, multipart, with the licence scan in
 * the part {@code licence}). The field names are the form's and the error paths'. The password rules beyond
 * "not blank" are {@link PasswordPolicy}'s.
 */
public record SignUpRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidCreditCode String creditCode,
        @NotBlank @Pattern(regexp = SIZE_CLASSES, message = "must be one of MEDIUM, SMALL, MICRO") String sizeClass,
        @NotBlank @Size(max = 100) String contactName,
        @NotBlank @Pattern(regexp = MAINLAND_MOBILE, message = MOBILE_MESSAGE) String contactPhone,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String username,
        @NotBlank String password) {

    static final String SIZE_CLASSES = "MEDIUM|SMALL|MICRO";
    static final String MAINLAND_MOBILE = "1[3-9][0-9]{9}";
    static final String MOBILE_MESSAGE = "is not a mainland China mobile number (11 digits starting with 13 to 19)";
    /** what Camunda's user whitelist accepts (application.yaml), so every account reaches Tasklist's identity copy */
    static final String USERNAME = "[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}";
    static final String USERNAME_MESSAGE =
            "must be 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /** The size classes a sign-up may choose, as a form offers them (the codes of {@code sizeClass}). */
    public static List<String> sizeClasses() {
        return List.of(SIZE_CLASSES.split("\\|"));
    }

    /** As typed, less surrounding blanks; the credit code in capitals as the standard writes it. */
    SignUpRequest normalized() {
        return new SignUpRequest(strip(name), creditCode == null ? null : creditCode.strip().toUpperCase(Locale.ROOT),
                strip(sizeClass), strip(contactName), strip(contactPhone), strip(contactEmail), strip(username), password);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SignUpRequest[creditCode=" + creditCode + ", username=" + username + "]";
    }
}
