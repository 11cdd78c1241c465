package org.bihuan.domain;

/** Something this server needs for the request is missing for now (a font, a year's calendar); an administrator can fix it. */
public class UnavailableException extends DomainException {

    public UnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
