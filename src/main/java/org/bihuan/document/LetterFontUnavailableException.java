package org.bihuan.document;

import org.bihuan.domain.UnavailableException;

/** The letter cannot be printed on this server until an administrator installs the font it names. */
class LetterFontUnavailableException extends UnavailableException {

    LetterFontUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
