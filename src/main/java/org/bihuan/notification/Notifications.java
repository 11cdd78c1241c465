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
    private final Clock clock;

    Notifications(TemplateCatalog templates, NotificationOutbox outbox, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues one message per recipient and channel: a mail when the recipient has an email address, an
     * SMS when a phone number. A second call with the same idempotency key adds nothing for a recipient
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
        for (Recipient recipient : recipients) {
            if (recipient.email() != null) {
                outbox.addUnlessPresent(idempotencyKey, recipient, Channel.MAIL, recipient.email(), message, now);
            }
            if (recipient.phone() != null) {
                outbox.addUnlessPresent(idempotencyKey, recipient, Channel.SMS, recipient.phone(), message, now);
            }
            if (recipient.email() == null && recipient.phone() == null) {
                log.warn("{} cannot be notified ({}, {}): no email address and no phone number",
                        recipient.username(), template, idempotencyKey);
            }
        }
    }
}
