package org.bihuan.api;

/** 404. Also what another party's case looks like: its existence is not disclosed. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
