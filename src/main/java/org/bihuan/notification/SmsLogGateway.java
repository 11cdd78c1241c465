package org.bihuan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Stands in for an SMS provider: keeps each message in {@code sms_log}, where an administrator can read it.
 * The application log only says that an SMS went out ({@link SmsChannelSender}), never its text, which
 * names the enterprise and the case.
 */
class SmsLogGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SmsLogGateway.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsLogGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        log.info("No SMS provider configured: SMS messages are kept in the table sms_log only");
    }

    @Override
    public void send(String phone, String text) {
        jdbc.sql("insert into sms_log (phone, text, logged_at) values (:phone, :text, :at)")
                .param("phone", phone)
                .param("text", text)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
