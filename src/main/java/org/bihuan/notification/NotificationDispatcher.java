package org.bihuan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers due outbox rows. Each batch is claimed in a short transaction of its own: the due rows are
 * locked with {@code FOR UPDATE SKIP LOCKED}, so several nodes never claim the same row, and pushed out
 * by {@link #CLAIM_LEASE} before the claim commits. Sending happens after that commit, outside every
 * transaction, and each result is recorded in another short transaction.
 *
 * <p>An SMS to someone who keeps quiet nights ({@link NotificationPreferences}) is not sent at night unless its deadline
 * is of the day: it is postponed to the night's end, without counting an attempt.
 *
 * <p>Delivery is at-least-once: if a node dies (or loses the database) after a message went out but
 * before it was marked SENT, the lease runs out and the message is sent again. That is the accepted
 * trade-off; the alternative, marking before sending, would lose messages instead.
 */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    static final int BATCH_SIZE = 10;
    /** far longer than a batch can take with the SMTP timeouts, so only a dead node's claims run out */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    private final NotificationOutbox outbox;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;
    private final NotificationPreferences preferences;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NotificationDispatcher(NotificationOutbox outbox, List<ChannelSender> senders, NotificationProperties properties,
                           NotificationPreferences preferences, PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        for (Channel channel : Channel.values()) {
            if (!this.senders.containsKey(channel)) {
                throw new IllegalStateException("No sender for notification channel " + channel);
            }
        }
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends what is due now, batch by batch, and returns how many messages went out. */
    public int dispatchDue() {
        int sent = 0;
        Claim batch;
        do {
            batch = claimBatch();
            for (OutboxMessage message : batch.toSend()) {
                if (deliver(message)) {
                    sent++;
                }
            }
        } while (batch.locked() == BATCH_SIZE);
        return sent;
    }

    /** A claimed batch: how many due rows were locked, and those that go out now (the others wait for the morning). */
    private record Claim(int locked, List<OutboxMessage> toSend) {
    }

    private Claim claimBatch() {
        return ownTransaction.execute(status -> {
            Instant now = clock.instant();
            List<OutboxMessage> due = outbox.lockDue(now, BATCH_SIZE);
            List<OutboxMessage> toSend = new java.util.ArrayList<>();
            for (OutboxMessage message : due) {
                Instant allowed = message.channel() == Channel.SMS
                        ? preferences.smsMayGoAt(message.recipientUsername(), message.deadlineAt(), now) : now;
                if (allowed.isAfter(now)) {
                    // a quiet night: the SMS waits for the morning, no attempt counted
                    outbox.postpone(List.of(message.id()), allowed);
                } else {
                    toSend.add(message);
                }
            }
            if (!toSend.isEmpty()) {
                outbox.postpone(toSend.stream().map(OutboxMessage::id).toList(), now.plus(CLAIM_LEASE));
            }
            return new Claim(due.size(), toSend);
        });
    }

    private boolean deliver(OutboxMessage message) {
        try {
            senders.get(message.channel()).send(message);
        } catch (Exception e) {
            recordFailure(message, e);
            return false;
        }
        ownTransaction.executeWithoutResult(status -> outbox.markSent(message.id(), clock.instant()));
        return true;
    }

    private void recordFailure(OutboxMessage message, Exception failure) {
        int attempts = message.attempts() + 1;
        Instant now = clock.instant();
        String error = describe(failure);
        if (properties.givesUpAfter(attempts)) {
            ownTransaction.executeWithoutResult(status ->
                    outbox.markFailed(message.id(), attempts, NotificationStatus.DEAD, now, error));
            log.error("Notification {} ({} to {}) is dead after {} attempts: {}",
                    message.id(), message.channel(), message.address(), attempts, error, failure);
        } else {
            Instant next = now.plus(properties.retryDelayAfter(attempts));
            ownTransaction.executeWithoutResult(status ->
                    outbox.markFailed(message.id(), attempts, NotificationStatus.PENDING, next, error));
            log.warn("Notification {} ({} to {}) failed, attempt {} of {}, next at {}: {}",
                    message.id(), message.channel(), message.address(), attempts, properties.maxAttempts(), next,
                    error);
        }
    }

    /** the outermost and the innermost cause: "mail server down" and "connection refused" */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure ? outer : outer + " (cause: " + root.getClass().getSimpleName() + ": "
                + root.getMessage() + ")";
    }
}
