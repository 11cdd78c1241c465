package org.bihuan.domain;

/** The request was valid but the case or task has moved on (already done, claimed by someone else). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
