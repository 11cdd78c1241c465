package org.bihuan.identity;

import org.bihuan.domain.Violation;

import java.util.List;

/**
 * What an import file holds, line by line, and what is wrong with each line. A dry run stores nothing; the import
 * then creates the accounts of the lines without a problem only (checked again), and names the ones it left out.
 */
public final class AccountImport {

    private AccountImport() {
    }

    /** One line of the file: its number as a spreadsheet shows it (the header is line 1) and what it asks for. */
    public record Line(int number, AccountRequest request) implements java.io.Serializable {
    }

    /** A line and its problems (none: it can be imported). */
    public record Checked(Line line, List<Violation> problems) {

        public boolean good() {
            return problems.isEmpty();
        }
    }

    /** The dry run's verdict on every line. */
    public record Check(List<Checked> lines) {

        public long good() {
            return lines.stream().filter(Checked::good).count();
        }

        public long bad() {
            return lines.size() - good();
        }
    }

    /** What the import did: the accounts it created (each mailed its link), and the lines it left out with why. */
    public record Result(List<String> created, List<Checked> leftOut) {
    }
}
