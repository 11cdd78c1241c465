package org.bihuan.notification;

public enum Channel {
    MAIL,
    /** carries the template's body only */
    SMS
}
