package org.bihuan.notification;

/** Delivers a claimed message through one channel; throws when the message did not go out. */
interface ChannelSender {

    Channel channel();

    void send(OutboxMessage message) throws Exception;
}
