package org.bihuan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The newcomer's run ({@code ./mvnw spring-boot:run}, the default profile) has no mail server: mail is "delivered" to
 * the built-in demo mailbox instead, which is the outbox's own copy of each message, readable by administrators on
 * /admin/notifications/mailbox (links to set a password included). No connection failure in the log for every notice.
 * Any other profile ({@code postgres}, the tests) sends real mail through {@link MailChannelSender}.
 */
@Component
@Profile("default")
class DemoMailboxSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(DemoMailboxSender.class);

    DemoMailboxSender() {
        log.info("Default profile: mail goes to the demo mailbox (/admin/notifications/mailbox), not to an SMTP server");
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public void send(OutboxMessage message) {
        log.info("Mail {} ({}) to {} kept in the demo mailbox", message.id(), message.template(), message.address());
    }
}
