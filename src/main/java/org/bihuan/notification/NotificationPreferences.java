package org.bihuan.notification;

import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.audit.AuditLog;
import org.bihuan.domain.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Each person's notification preferences: the channels (mail, SMS) and whether SMS waits for the morning ("no SMS at
 * night", except the deadlines of the day). {@link Notifications} honours the channels when it queues a message, the
 * {@link NotificationDispatcher} the night when it delivers one. Someone without a preference of their own gets
 * {@code bihuan.notification.preferences.*}.
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final PreferenceProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    NotificationPreferences(JdbcClient jdbc, PreferenceProperties properties, AuditLog audit, Clock clock,
                            @Value("${bihuan.calendar.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param mail        messages by mail (when an address is known)
     * @param sms         messages by SMS (when a phone number is known)
     * @param quietNights no SMS at night but for the deadlines of the day; the others wait for the night's end
     */
    public record Preference(boolean mail, boolean sms, boolean quietNights) {
    }

    /** The person's own preference, or the defaults. */
    public Preference of(String username) {
        return own(username).orElse(properties.defaults());
    }

    /** The person's own preference, if they (or an administrator) chose one. */
    public Optional<Preference> own(String username) {
        return jdbc.sql("select mail, sms, quiet_nights from notification_preference where username = ?").param(username)
                .query((rs, i) -> new Preference(rs.getBoolean("mail"), rs.getBoolean("sms"), rs.getBoolean("quiet_nights")))
                .optional();
    }

    public Preference defaults() {
        return properties.defaults();
    }

    /** The night as configured, office time: from {@code nightStarts} to {@code nightEnds}. */
    public LocalTime nightStarts() {
        return properties.nightStarts();
    }

    public LocalTime nightEnds() {
        return properties.nightEnds();
    }

    /** @throws InvalidRequestException on {@code mail} when both channels are off: a person must be reachable */
    @Transactional
    public Preference save(String username, Preference preference) {
        if (username == null || username.isBlank()) {
            throw new InvalidRequestException("username", "must not be blank");
        }
        if (!preference.mail() && !preference.sms()) {
            throw new InvalidRequestException("mail", "choose at least one channel");
        }
        Preference before = own(username).orElse(null);
        if (preference.equals(before)) {
            return preference;
        }
        String by = by();
        int updated = jdbc.sql("update notification_preference set mail = ?, sms = ?, quiet_nights = ?, updated_at = ?, updated_by = ? where username = ?")
                .params(preference.mail(), preference.sms(), preference.quietNights(), utc(clock.instant()), by, username).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (username, mail, sms, quiet_nights, updated_at, updated_by) values (?, ?, ?, ?, ?, ?)")
                    .params(username, preference.mail(), preference.sms(), preference.quietNights(), utc(clock.instant()), by).update();
        }
        audit.record("notification.preferencesChanged", "user", username, before, preference);
        return preference;
    }

    /**
     * When an SMS to this person may go out, asked at {@code now}: now, unless they keep quiet nights, it is night, and
     * the message is not about a deadline of the day (one still ahead that falls on today's date or before the night
     * ends); then at the night's end.
     */
    Instant smsMayGoAt(String username, Instant deadline, Instant now) {
        if (!of(username).quietNights()) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = properties.nightStarts().isAfter(properties.nightEnds());
        boolean night = overnight
                ? !time.isBefore(properties.nightStarts()) || time.isBefore(properties.nightEnds())
                : !time.isBefore(properties.nightStarts()) && time.isBefore(properties.nightEnds());
        if (!night) {
            return now;
        }
        LocalDate endDay = overnight && !time.isBefore(properties.nightStarts()) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        Instant nightEnds = endDay.atTime(properties.nightEnds()).atZone(zone).toInstant();
        // a deadline still ahead that falls today or before the morning cannot wait; one that has passed can
        boolean deadlineOfTheDay = deadline != null && deadline.isAfter(now)
                && (deadline.atZone(zone).toLocalDate().equals(local.toLocalDate()) || deadline.isBefore(nightEnds));
        if (deadlineOfTheDay) {
            return now;
        }
        return nightEnds;
    }

    boolean alwaysSent(String template) {
        return properties.alwaysSent().contains(template);
    }

    java.util.List<String> deadlineParameters() {
        return properties.deadlineParameters();
    }

    private static String by() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditLog.SYSTEM : authentication.getName();
    }
}
