package org.bihuan.task;

import java.util.function.Supplier;

/**
 * Marks an assignment a person makes to themselves (claiming, or completing an unclaimed task), which no absence
 * redirects: an official who works during their absence keeps what they take.
 */
final class SelfAssignment {

    private static final ThreadLocal<String> BY = new ThreadLocal<>();

    private SelfAssignment() {
    }

    static <T> T by(String username, Supplier<T> work) {
        String before = BY.get();
        BY.set(username);
        try {
            return work.get();
        } finally {
            if (before == null) {
                BY.remove();
            } else {
                BY.set(before);
            }
        }
    }

    static void by(String username, Runnable work) {
        by(username, () -> {
            work.run();
            return null;
        });
    }

    static boolean isBy(String username) {
        return username != null && username.equals(BY.get());
    }
}
