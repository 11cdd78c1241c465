package org.bihuan.supervision.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Buckets of working days overdue from configured upper bounds: [5, 10, 20] gives 1–5, 6–10, 11–20 and &gt;20.
 */
final class AgingBuckets {

    /** @param key e.g. overdue6to10 or overdueOver20; @param range e.g. 6–10 or &gt;20 */
    record Bucket(String key, String range) {
    }

    private final List<Integer> upperBounds;
    private final List<Bucket> buckets;

    AgingBuckets(List<Integer> upperBounds) {
        this.upperBounds = List.copyOf(upperBounds);
        List<Bucket> list = new ArrayList<>();
        int lower = 1;
        for (int upper : this.upperBounds) {
            list.add(new Bucket("overdue" + lower + "to" + upper, lower == upper ? String.valueOf(upper) : lower + "–" + upper));
            lower = upper + 1;
        }
        int last = this.upperBounds.get(this.upperBounds.size() - 1);
        list.add(new Bucket("overdueOver" + last, ">" + last));
        this.buckets = List.copyOf(list);
    }

    List<Bucket> buckets() {
        return buckets;
    }

    /** The bucket index of a step this many working days overdue (at least 1). */
    int indexOf(int workingDaysOverdue) {
        for (int i = 0; i < upperBounds.size(); i++) {
            if (workingDaysOverdue <= upperBounds.get(i)) {
                return i;
            }
        }
        return upperBounds.size();
    }
}
