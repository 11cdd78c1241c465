package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;

import java.util.List;

/**
 * The dry run of a ledger: every row with its problems (which stop the import) and warnings (which do not), and the
 * file's own. Nothing is stored to find them.
 */
public record LedgerCheck(CaseType type, String filename, List<Line> lines, List<LedgerProblem> fileProblems,
                          List<LedgerProblem> fileWarnings) {

    /** A row of the ledger: its number there, the number the ledger gives its case and the step it names. */
    public record Line(int row, String ledgerNo, String step, List<LedgerProblem> problems, List<LedgerProblem> warnings) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Whether the file may be imported: no problem in it or in any row. */
    public boolean ok() {
        return fileProblems.isEmpty() && lines.stream().allMatch(Line::ok);
    }

    public int problemCount() {
        return fileProblems.size() + lines.stream().mapToInt(l -> l.problems().size()).sum();
    }

    public List<LedgerProblem> problems() {
        List<LedgerProblem> all = new java.util.ArrayList<>(fileProblems);
        lines.forEach(l -> all.addAll(l.problems()));
        return all;
    }
}
