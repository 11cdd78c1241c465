package org.bihuan.api;

/** 409: the request was valid but the case or task has moved on (already done, claimed by someone else). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
