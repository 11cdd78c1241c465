package org.bihuan.domain;

/**
 * A rule of the domain said no. Domain code throws the subclasses, which say what went wrong in the
 * domain's terms; the web layer decides the HTTP status.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
