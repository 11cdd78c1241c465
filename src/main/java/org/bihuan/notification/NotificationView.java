package org.bihuan.notification;

import java.time.Instant;

/** An outbox row as administrators see it; the body is left out, the subject identifies the message. */
public record NotificationView(long id, String idempotencyKey, String recipientUsername, String recipientName,
                        Channel channel, String address, String template, String subject, NotificationStatus status,
                        int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
