package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a lifecycle takes in the open cases of the office's old ledger (台账) through {@link LegacyImports}: the columns
 * of its layout besides the kernel's own, the steps a case may be at, how a row becomes its record. The kernel does
 * the rest: the file, dates, step and unit, numbering, the case file and its timeline, starting the process at the
 * step, the batch and its undoing.
 */
public interface LegacyCases {

    CaseType caseType();

    /** The columns of this type's ledger after the kernel's ({@link LegacyImports#COMMON_COLUMNS}), in the file's order. */
    List<LedgerColumn> columns();

    /** The steps a case of this type may be at when it comes in. */
    List<LegacyStep> steps();

    /**
     * Reads the row's own columns for a case at this step. Problems go to the row; empty when it has any. The case
     * is opened only if every row of the file reads without a problem. Called also when the kernel's columns have
     * problems (the parts of {@code at} it could not read are null then), so that the dry run lists all of them.
     */
    Optional<LegacyCase> read(LedgerRow row, StepAt at);

    /** Removes this lifecycle's own record of a case whose import was undone (its own tables only). */
    void erase(String caseNo);

    /**
     * Where the row's case stands: the step, the receipt, when the step began and when it is due (the ledger's, or the
     * configured deadline from the step's start), the unit whose step it is (null for the office's own steps), and who
     * imports it. Any part but the importer is null when its column has a problem.
     */
    record StepAt(LegacyStep step, Instant receivedAt, Instant startedAt, Instant due, String unitCode, AppUser importedBy) {
    }

    /**
     * How to open the row's case: who owns it (the filing party's account, or the importing administrator for a party
     * without one), its title, the process variables the model needs at the step (the kernel adds caseNo, caseTitle,
     * rehandleCount, receivedAt, channel), and how to store the lifecycle's record once the case has its number.
     */
    record LegacyCase(AppUser owner, String title, Map<String, Object> variables, Consumer<String> store) {
    }
}
