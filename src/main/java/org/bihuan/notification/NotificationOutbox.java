package org.bihuan.notification;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The {@code notification} table. Callers decide the transactions. */
@Repository
class NotificationOutbox {

    static final int LATEST_LIMIT = 200;
    private static final int LAST_ERROR_LENGTH = 2000;

    enum RetryOutcome { RETRIED, NOT_FOUND, NOT_DEAD }

    private final JdbcClient jdbc;

    NotificationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a PENDING row unless one exists for the same key, recipient and channel. The NOT EXISTS keeps a
     * replayed step from tripping the unique index, which on PostgreSQL would abort the step's whole
     * transaction. Two transactions racing with the same key still meet the index: the later one waits
     * for the first and then fails, which is the right outcome for a step executed twice at once.
     */
    boolean addUnlessPresent(String idempotencyKey, Recipient recipient, Channel channel, String address,
                             TemplateCatalog.Rendered message, Instant now, Instant deadline) {
        int inserted = jdbc.sql("""
                        insert into notification (idempotency_key, recipient_username, recipient_name, channel,
                                                  address, template, subject, body, status, attempts,
                                                  next_attempt_at, created_at, deadline_at)
                        select :key, :username, :name, :channel, :address, :template, :subject, :body,
                               'PENDING', 0, :now, :now, :deadline
                        where not exists (select 1 from notification
                                          where idempotency_key = :key
                                            and recipient_username = :username
                                            and channel = :channel)
                        """)
                .param("key", idempotencyKey)
                .param("username", recipient.username())
                .param("name", recipient.nameForAddressing())
                .param("channel", channel.name())
                .param("address", address)
                .param("template", message.template())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("now", utc(now))
                .param("deadline", utc(deadline))
                .update();
        return inserted == 1;
    }

    /**
     * Locks up to {@code limit} due rows, skipping rows another node holds. H2 2.3 (the single-node demo
     * database) accepts the same clause and never hands out a locked row; it applies the row limit before
     * skipping, so a concurrent claimer may get an empty batch there, which a single node never notices.
     */
    List<OutboxMessage> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                        select id, channel, address, recipient_name, template, subject, body, attempts,
                               recipient_username, deadline_at
                        from notification
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id
                        fetch first %d rows only
                        for update skip locked
                        """.formatted(limit))
                .param("now", utc(now))
                .query((rs, rowNum) -> new OutboxMessage(
                        rs.getLong("id"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"),
                        rs.getString("recipient_name"),
                        rs.getString("template"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getString("recipient_username"),
                        instant(rs, "deadline_at")))
                .list();
    }

    void postpone(List<Long> ids, Instant until) {
        jdbc.sql("update notification set next_attempt_at = :until where id in (:ids)")
                .param("until", utc(until))
                .param("ids", ids)
                .update();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("update notification set status = 'SENT', sent_at = :now where id = :id and status = 'PENDING'")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void markFailed(long id, int attempts, NotificationStatus status, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                        update notification
                        set attempts = :attempts, status = :status, next_attempt_at = :next, last_error = :error
                        where id = :id and status = 'PENDING'
                        """)
                .param("attempts", attempts)
                .param("status", status.name())
                .param("next", utc(nextAttemptAt))
                .param("error", truncate(error))
                .param("id", id)
                .update();
    }

    List<NotificationView> latest(NotificationStatus status) {
        return jdbc.sql("""
                        select id, idempotency_key, recipient_username, recipient_name, channel, address, template,
                               subject, status, attempts, created_at, next_attempt_at, sent_at, last_error
                        from notification
                        where status = :status
                        order by created_at desc, id desc
                        fetch first %d rows only
                        """.formatted(LATEST_LIMIT))
                .param("status", status.name())
                .query((rs, rowNum) -> new NotificationView(
                        rs.getLong("id"),
                        rs.getString("idempotency_key"),
                        rs.getString("recipient_username"),
                        rs.getString("recipient_name"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"),
                        rs.getString("template"),
                        rs.getString("subject"),
                        NotificationStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        instant(rs, "created_at"),
                        instant(rs, "next_attempt_at"),
                        instant(rs, "sent_at"),
                        rs.getString("last_error")))
                .list();
    }

    RetryOutcome retryDead(long id, Instant now) {
        int updated = jdbc.sql("""
                        update notification set status = 'PENDING', attempts = 0, next_attempt_at = :now
                        where id = :id and status = 'DEAD'
                        """)
                .param("now", utc(now))
                .param("id", id)
                .update();
        if (updated == 1) {
            return RetryOutcome.RETRIED;
        }
        boolean exists = jdbc.sql("select count(*) from notification where id = :id")
                .param("id", id)
                .query(Long.class)
                .single() > 0;
        return exists ? RetryOutcome.NOT_DEAD : RetryOutcome.NOT_FOUND;
    }



    private static String truncate(String error) {
        return error == null || error.length() <= LAST_ERROR_LENGTH ? error : error.substring(0, LAST_ERROR_LENGTH);
    }
}
