package org.bihuan.domain;

import java.time.Duration;

/** The caller tried this too often in too short a time (guessing is what the limit is for); it may try again later. */
public class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
