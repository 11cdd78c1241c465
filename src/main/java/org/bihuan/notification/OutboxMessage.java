package org.bihuan.notification;

/** A claimed outbox row: everything a channel needs to deliver it. */
record OutboxMessage(long id, Channel channel, String address, String recipientName, String subject, String body,
                     int attempts) {
}
