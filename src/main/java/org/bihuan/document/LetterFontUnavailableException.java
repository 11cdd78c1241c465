package org.bihuan.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The letter cannot be printed on this server until an administrator installs the font it names. */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
class LetterFontUnavailableException extends IllegalStateException {

    LetterFontUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
