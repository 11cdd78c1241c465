package org.bihuan.notification;

public enum NotificationStatus {
    PENDING,
    SENT,
    /** gave up after the configured number of attempts; an administrator may retry it */
    DEAD
}
