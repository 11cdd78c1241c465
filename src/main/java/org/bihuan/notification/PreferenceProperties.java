package org.bihuan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.util.List;

/**
 * {@code bihuan.notification.preferences.*}: what a person who never chose gets, and what "night" means.
 *
 * @param mail                 mail on for people without a preference of their own
 * @param sms                  SMS on for them
 * @param quietNights          SMS waits for the morning for them
 * @param nightStarts          when the night starts, office time ({@code bihuan.calendar.zone})
 * @param nightEnds            when it ends: a held SMS goes out then
 * @param deadlineParameters   the template parameters that carry the deadline a message is about: an SMS whose deadline
 *                             falls on the day it is sent (or before the night ends) goes out at night anyway
 * @param alwaysSent           templates sent as they are addressed whatever the preferences (a set-password link must
 *                             reach its mailbox)
 */
@ConfigurationProperties("bihuan.notification.preferences")
record PreferenceProperties(
        @DefaultValue("true") boolean mail,
        @DefaultValue("true") boolean sms,
        @DefaultValue("true") boolean quietNights,
        @DefaultValue("22:00") LocalTime nightStarts,
        @DefaultValue("07:00") LocalTime nightEnds,
        @DefaultValue({"due", "deadline"}) List<String> deadlineParameters,
        @DefaultValue({"account.confirmation", "account.invitation", "account.welcome", "account.passwordReset"})
        List<String> alwaysSent) {

    PreferenceProperties {
        if (!mail && !sms) {
            throw new IllegalArgumentException("bihuan.notification.preferences: mail and sms cannot both be off by default");
        }
        if (nightStarts.equals(nightEnds)) {
            throw new IllegalArgumentException("bihuan.notification.preferences: night-starts and night-ends must differ");
        }
    }

    NotificationPreferences.Preference defaults() {
        return new NotificationPreferences.Preference(mail, sms, quietNights);
    }
}
