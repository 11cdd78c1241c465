package org.bihuan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends the body through the application's {@link SmsGateway} bean, or through {@link SmsLogGateway}
 * when there is none. The fallback is not a bean itself, so declaring a real gateway needs no
 * conditional wiring and cannot end up with two candidates.
 */
@Component
class SmsChannelSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SmsChannelSender.class);

    private final SmsGateway gateway;

    SmsChannelSender(ObjectProvider<SmsGateway> gateways, JdbcClient jdbc, Clock clock) {
        this.gateway = gateways.getIfAvailable(() -> new SmsLogGateway(jdbc, clock));
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(OutboxMessage message) {
        gateway.send(message.address(), message.body());
        // the template, not the text: the text names people, enterprises and cases (the log masks the number)
        log.info("SMS {} ({}) to {} sent through {}", message.id(), message.template(), message.address(),
                gateway.getClass().getSimpleName());
    }
}
