package org.bihuan.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A file a page hands out (evidence, a licence scan, a letter, an export): its type, and its name in the
 * Content-Disposition header (UTF-8, so Chinese names survive). {@link #attachment} is saved, {@link #inline} is shown
 * in the browser where it can.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
        return file(ContentDisposition.attachment(), filename, MediaType.parseMediaType(contentType), content);
    }

    public static ResponseEntity<byte[]> attachment(String filename, MediaType contentType, byte[] content) {
        return file(ContentDisposition.attachment(), filename, contentType, content);
    }

    public static ResponseEntity<byte[]> inline(String filename, String contentType, byte[] content) {
        return file(ContentDisposition.inline(), filename, MediaType.parseMediaType(contentType), content);
    }

    public static ResponseEntity<byte[]> inline(String filename, MediaType contentType, byte[] content) {
        return file(ContentDisposition.inline(), filename, contentType, content);
    }

    private static ResponseEntity<byte[]> file(ContentDisposition.Builder disposition, String filename, MediaType contentType,
                                               byte[] content) {
        return ResponseEntity.ok().contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
