package org.bihuan.notification;

import static org.bihuan.persistence.SqlTime.instant;

import org.bihuan.audit.AuditLog;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.persistence.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox as administrators run it (/admin/notifications and its API): messages by state, paged; dead letters
 * with their error and a retry; the templates with their parameters; the demo mailbox of the default profile.
 */
@Service
@Transactional(readOnly = true)
public class NotificationAdministration {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final NotificationOutbox outbox;
    private final TemplateCatalog templates;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean demoMailbox;

    NotificationAdministration(JdbcClient jdbc, NotificationOutbox outbox, TemplateCatalog templates, AuditLog audit, Clock clock,
                               ObjectProvider<DemoMailboxSender> demoMailbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
        this.demoMailbox = demoMailbox.getIfAvailable() != null;
    }

    /** One page of messages, newest first; all states for a null status. */
    public Page outbox(NotificationStatus status, int page, int size) {
        List<Violation> violations = Paging.violations(page, size, MAX_PAGE_SIZE);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String where = status == null ? "" : " where status = '" + status.name() + "'";
        long total = jdbc.sql("select count(*) from notification" + where).query(Long.class).single();
        List<NotificationView> items = jdbc.sql("""
                        select id, idempotency_key, recipient_username, recipient_name, channel, address, template,
                               subject, status, attempts, created_at, next_attempt_at, sent_at, last_error
                        from notification""" + where + " order by created_at desc, id desc" + Paging.clause(page, size))
                .query(NotificationAdministration::view).list();
        return new Page(items, page, size, total);
    }

    /** How many messages are in each state. */
    public Map<NotificationStatus, Long> counts() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus status : NotificationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from notification group by status")
                .query(rs -> {
                    counts.put(NotificationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** A dead letter goes back to PENDING with its attempts reset; the dispatcher sends it on its next run. */
    @Transactional
    public void retry(long id) {
        switch (outbox.retryDead(id, clock.instant())) {
            case RETRIED -> audit.record("notification.retried", "notification", String.valueOf(id),
                    Map.of("status", NotificationStatus.DEAD), Map.of("status", NotificationStatus.PENDING));
            case NOT_FOUND -> throw new NotFoundException("No notification " + id);
            case NOT_DEAD -> throw new ConflictException("Notification " + id + " is not dead; only dead ones can be retried");
        }
    }

    /** The message texts by name, with the parameters each needs. */
    public List<Template> templates() {
        return templates.names().stream().map(name -> new Template(name, templates.subjectOf(name), templates.bodyOf(name),
                List.copyOf(templates.parametersOf(name)))).toList();
    }

    /** Whether mail goes to the demo mailbox (the default profile) rather than to an SMTP server. */
    public boolean demoMailbox() {
        return demoMailbox;
    }

    /** The demo mailbox: the mails "delivered" to it, newest first; empty outside the default profile. */
    public List<Message> mailbox(int limit) {
        if (!demoMailbox) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, recipient_name, address, subject, body, sent_at from notification
                        where channel = 'MAIL' and status = 'SENT' order by sent_at desc, id desc fetch first %d rows only"""
                        .formatted(Math.max(1, Math.min(limit, MAX_PAGE_SIZE))))
                .query((rs, i) -> new Message(rs.getLong("id"), rs.getString("recipient_name"), rs.getString("address"),
                        rs.getString("subject"), rs.getString("body"), instant(rs, "sent_at")))
                .list();
    }

    public record Page(List<NotificationView> items, int page, int size, long total) {
    }

    public record Template(String name, String subject, String body, List<String> parameters) {
    }

    public record Message(long id, String recipientName, String address, String subject, String body, java.time.Instant sentAt) {
    }

    static NotificationView view(ResultSet rs, int row) throws SQLException {
        return new NotificationView(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("recipient_username"),
                rs.getString("recipient_name"), Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                rs.getString("template"), rs.getString("subject"), NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "sent_at"),
                rs.getString("last_error"));
    }
}
