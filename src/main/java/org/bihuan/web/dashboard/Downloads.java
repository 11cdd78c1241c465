package org.bihuan.web.dashboard;

import org.bihuan.supervision.SupervisionDesk;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A file the dashboard's pages offer, as a download (the name in UTF-8, so the Chinese survives). */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(SupervisionDesk.Download file) {
        return of(file.filename(), file.contentType(), file.body(), false);
    }

    static ResponseEntity<byte[]> of(String filename, String contentType, byte[] body, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(filename, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
