package org.bihuan.casefile;

import java.time.Instant;

/** A file uploaded to a draft: metadata only; the bytes are fetched on download. */
public record DraftFile(long id, String filename, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
}
