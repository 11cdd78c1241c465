package org.bihuan.notification;

enum Channel {
    MAIL,
    /** carries the template's body only */
    SMS
}
