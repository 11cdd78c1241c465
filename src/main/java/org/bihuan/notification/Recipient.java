package org.bihuan.notification;

/**
 * Whom a notification goes to. A recipient gets one mail when an email address is known and one SMS
 * when a phone number is known; blank contact data counts as unknown.
 */
public record Recipient(String username, String displayName, String email, String phone) {

    public Recipient {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A recipient needs a username");
        }
        displayName = blankToNull(displayName);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    String nameForAddressing() {
        return displayName != null ? displayName : username;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
