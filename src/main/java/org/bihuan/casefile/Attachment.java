package org.bihuan.casefile;

import java.time.Instant;

/** Evidence on a case (contract, invoices, acceptance records): metadata only; the bytes are fetched on download. */
public record Attachment(long id, String caseNo, String filename, String contentType, long sizeBytes, String sha256,
                         String uploadedBy, Instant uploadedAt) {
}
