package org.bihuan.notification;

/**
 * A claimed outbox row: everything a channel needs to deliver it.
 *
 * @param template the template key the text was rendered from: what a log line names instead of the text
 */
record OutboxMessage(long id, Channel channel, String address, String recipientName, String template, String subject,
                     String body, int attempts) {
}
