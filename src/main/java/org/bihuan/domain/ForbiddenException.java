package org.bihuan.domain;

/** The caller may see the thing but may not do this to it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }
}
