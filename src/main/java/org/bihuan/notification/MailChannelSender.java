package org.bihuan.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Plain-text UTF-8 mail, so Chinese subjects and bodies survive every mail client. Every profile but the newcomer's
 * default one, where {@link DemoMailboxSender} keeps the mail instead.
 */
@Component
@Profile("!default")
class MailChannelSender implements ChannelSender {

    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final Clock clock;

    MailChannelSender(JavaMailSender mailSender, NotificationProperties properties, Clock clock) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public void send(OutboxMessage message) throws Exception {
        String charset = StandardCharsets.UTF_8.name();
        MimeMessage mail = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, false, charset);
        helper.setFrom(properties.from());
        helper.setTo(new InternetAddress(message.address(), message.recipientName(), charset));
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        helper.setSentDate(Date.from(clock.instant()));
        mailSender.send(mail);
    }
}
