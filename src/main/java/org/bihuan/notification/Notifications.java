package org.bihuan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * What process steps call to notify people. It renders the template and writes outbox rows in the
 * caller's transaction, so the rows commit or roll back with the step; it never sends anything itself
 * ({@link NotificationDispatcher} does, later).
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int IDEMPOTENCY_KEY_LENGTH = 200;

    private final TemplateCatalog templates;
    private final NotificationOutbox outbox;
    private final NotificationPreferences preferences;
    private final Clock clock;

    Notifications(TemplateCatalog templates, NotificationOutbox outbox, NotificationPreferences preferences, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * Queues one message per recipient and channel: a mail when the recipient has an email address, an
     * SMS when a phone number, each unless the recipient turned that channel off ({@link NotificationPreferences}; a
     * channel turned off is still used when the chosen ones have no address, and the templates of
     * {@code bihuan.notification.preferences.always-sent} go as addressed). A second call with the same idempotency key adds nothing for a recipient
     * and channel already queued, so a retried or replayed step does not notify twice; the key should
     * therefore name the occasion, e.g. {@code "TS2026-000001/accepted"}.
     *
     * @throws IllegalArgumentException for an unknown template, a missing parameter or a blank key, so
     *                                  that the step fails now rather than the delivery later
     */
    @Transactional
    public void send(String template, Map<String, ?> params, Collection<Recipient> recipients, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > IDEMPOTENCY_KEY_LENGTH) {
            throw new IllegalArgumentException("A notification needs an idempotency key of 1 to "
                    + IDEMPOTENCY_KEY_LENGTH + " characters, got: " + idempotencyKey);
        }
        Objects.requireNonNull(recipients, "recipients");
        TemplateCatalog.Rendered message = templates.render(template, params);
        Instant now = clock.instant();
        Instant deadline = deadlineOf(params);
        for (Recipient recipient : recipients) {
            boolean mail = recipient.email() != null;
            boolean sms = recipient.phone() != null;
            if (!preferences.alwaysSent(template)) {
                NotificationPreferences.Preference preference = preferences.of(recipient.username());
                boolean reachableAsChosen = (preference.mail() && mail) || (preference.sms() && sms);
                if (reachableAsChosen) {
                    mail = mail && preference.mail();
                    sms = sms && preference.sms();
                }
            }
            if (mail) {
                outbox.addUnlessPresent(idempotencyKey, recipient, Channel.MAIL, recipient.email(), message, now, deadline);
            }
            if (sms) {
                outbox.addUnlessPresent(idempotencyKey, recipient, Channel.SMS, recipient.phone(), message, now, deadline);
            }
            if (recipient.email() == null && recipient.phone() == null) {
                log.warn("{} cannot be notified ({}, {}): no email address and no phone number",
                        recipient.username(), template, idempotencyKey);
            }
        }
    }

    /** The deadline the message is about: the first of the configured deadline parameters that holds a moment. */
    private Instant deadlineOf(Map<String, ?> params) {
        if (params == null) {
            return null;
        }
        for (String name : preferences.deadlineParameters()) {
            Object value = params.get(name);
            if (value instanceof Instant instant) {
                return instant;
            }
            if (value instanceof java.util.Date date) {
                return date.toInstant();
            }
            if (value instanceof java.time.OffsetDateTime dateTime) {
                return dateTime.toInstant();
            }
            if (value instanceof java.time.ZonedDateTime dateTime) {
                return dateTime.toInstant();
            }
        }
        return null;
    }
}
