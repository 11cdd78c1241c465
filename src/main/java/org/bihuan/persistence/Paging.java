package org.bihuan.persistence;

import org.bihuan.domain.Violation;

import java.util.ArrayList;
import java.util.List;

/** One page of a list query: the rule on its parameters and the SQL that takes it (PostgreSQL and H2 alike). */
public final class Paging {

    private Paging() {
    }

    /** What is wrong with the request's {@code page} (0-based) and {@code size} (1 to {@code maxSize}). */
    public static List<Violation> violations(int page, int size, int maxSize) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > maxSize) {
            violations.add(new Violation("size", "must be between 1 and " + maxSize));
        }
        return violations;
    }

    /** The clause after {@code order by}: {@code offset … rows fetch next … rows only}. */
    public static String clause(int page, int size) {
        return " offset " + ((long) page * size) + " rows fetch next " + size + " rows only";
    }
}
