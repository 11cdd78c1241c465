package org.bihuan.notification;

/**
 * The way out to an SMS provider. Declare a bean of this type to send real messages; without one,
 * messages are written to the {@code sms_log} table and the application log.
 */
public interface SmsGateway {

    void send(String phone, String text);
}
