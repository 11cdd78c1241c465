package org.bihuan.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * A case its owner has not filed yet: the form data as typed so far (the JSON of the lifecycle's request, partial
 * or not yet valid), the files uploaded for it, and when it will be deleted unless it changes again.
 */
public record Draft(long id, CaseType type, String owner, ObjectNode data, List<DraftFile> files, Instant createdAt,
                    Instant updatedAt, Instant expiresAt) {
}
