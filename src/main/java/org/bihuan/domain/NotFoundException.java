package org.bihuan.domain;

/** No such thing for this caller. Also what another party's case looks like: its existence is not disclosed. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
