package org.bihuan.identity;

import java.util.List;
import java.util.Locale;

/**
 * What an administrator types for an office account or a member (the users page, a line of an import file); the
 * field names are the form's and the errors'. No password: the account chooses its own through the mailed link.
 *
 * @param roles    role codes ({@code UNIT}, {@code MEMBER}, …), at least one, never {@code ENTERPRISE}
 * @param unitCode the unit an official works for; required with the UNIT role
 */
public record AccountRequest(String username, String displayName, String email, String phone, List<String> roles,
                             String unitCode, boolean unitHead) implements java.io.Serializable {

    public AccountRequest {
        username = strip(username);
        displayName = strip(displayName);
        email = strip(email);
        phone = strip(phone);
        unitCode = strip(unitCode);
        roles = roles == null ? List.of() : roles.stream().filter(r -> r != null && !r.isBlank())
                .map(r -> r.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
