package org.bihuan.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.bihuan.casefile.CaseType;

import java.time.Instant;
import java.util.List;

/**
 * An imported ledger: one batch of cases that came in together, and can be undone together while none of them has
 * moved ({@link LegacyImports#undo}). {@code cases} is null where batches are listed.
 */
public record ImportBatch(long id, CaseType caseType, String filename, String importedBy, Instant importedAt, int caseCount,
                          String status, String undoneBy, Instant undoneAt, List<ImportedCase> cases) {

    public static final String IMPORTED = "IMPORTED";
    public static final String UNDONE = "UNDONE";

    /** Why an imported case can no longer be taken out again. */
    public enum Movement {
        /** its process is no longer running */
        ENDED,
        /** the step it came in at was done */
        STEP_DONE,
        /** another step was opened besides it (an extension request …) */
        OTHER_STEP,
        /** something was recorded on it since (an escalation, an attachment, a comment …) */
        RECORDED
    }

    /**
     * A case of the batch: the ledger's row, its case number, the ledger's own number when it was not kept, the step it
     * started at and the status that gave it; {@code moved} says why it can no longer be undone (null: it can).
     */
    public record ImportedCase(int row, String caseNo, String ledgerNo, boolean numberKept, String step, String status,
                               Movement moved) {
    }

    public boolean undone() {
        return UNDONE.equals(status);
    }

    /**
     * Whether the batch can still be undone: imported, and none of its cases has moved; null in the list of batches,
     * which leaves their cases out ({@code cases} null).
     */
    @JsonProperty("undoable")
    public Boolean undoable() {
        if (cases == null) {
            return null;
        }
        return IMPORTED.equals(status) && cases.stream().allMatch(c -> c.moved() == null);
    }
}
