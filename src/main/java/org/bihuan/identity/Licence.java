package org.bihuan.identity;

import java.time.Instant;

/** The business licence scan an enterprise uploaded: metadata only; the bytes come with {@link Download}. */
public record Licence(String filename, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {

    public record Download(Licence licence, byte[] content) {
    }
}
