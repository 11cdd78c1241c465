package org.bihuan.calendar;

/** A holiday file that cannot be used; the message names the file and what is wrong with it. */
class InvalidCalendarFileException extends IllegalStateException {

    private final String file;
    private final String reason;

    InvalidCalendarFileException(String file, String reason) {
        super("Invalid holiday file " + file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    InvalidCalendarFileException(String file, String reason, Throwable cause) {
        this(file, reason);
        initCause(cause);
    }

    String file() {
        return file;
    }

    String reason() {
        return reason;
    }
}
