package org.bihuan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.ZoneOffset;

/** Stands in for an SMS provider: keeps each message in {@code sms_log} and the log, where people can read it. */
class SmsLogGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SmsLogGateway.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsLogGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(String phone, String text) {
        jdbc.sql("insert into sms_log (phone, text, logged_at) values (:phone, :text, :at)")
                .param("phone", phone)
                .param("text", text)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        log.info("SMS to {} (no SMS provider configured, logged only): {}", phone, text);
    }
}
