package org.bihuan.notification;

/**
 * A claimed outbox row: everything a channel needs to deliver it.
 *
 * @param template   the template key the text was rendered from: what a log line names instead of the text
 * @param deadlineAt the deadline the message is about, if any (a quiet night lets the deadlines of the day through)
 */
record OutboxMessage(long id, Channel channel, String address, String recipientName, String template, String subject,
                     String body, int attempts, String recipientUsername, java.time.Instant deadlineAt) {
}
