package org.bihuan.identity;

import java.time.Instant;

/**
 * An enterprise with an account: one per unified social credit code, with one or more staff accounts.
 *
 * @param sizeClass     MEDIUM, SMALL or MICRO (the complaint form's values); null for accounts older than sign-up
 * @param administrator the account that signed up, which invites and removes colleagues
 */
public record Enterprise(String creditCode, String name, String sizeClass, String administrator, Instant registeredAt,
                         Verification verification) {
}
