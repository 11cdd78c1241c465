package org.bihuan.supervision.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Buckets of working days overdue from configured upper bounds (bihuan.kpi.aging-buckets): [5, 10, 20] gives
 * 1–5, 6–10, 11–20 and &gt;20. The one definition behind the statistics' "overdue now" figures and the overdue list.
 */
public final class AgingBuckets {

    /**
     * @param key   the figure's key, e.g. overdue6to10 or overdueOver20
     * @param range as shown next to the figure, e.g. 6–10 or &gt;20
     * @param label as the overdue list shows and filters it (ASCII, fit for a query parameter), e.g. 6-10 or &gt;20
     */
    public record Bucket(String key, String range, String label) {
    }

    private final List<Integer> upperBounds;
    private final List<Bucket> buckets;

    AgingBuckets(List<Integer> upperBounds) {
        this.upperBounds = List.copyOf(upperBounds);
        List<Bucket> list = new ArrayList<>();
        int lower = 1;
        for (int upper : this.upperBounds) {
            list.add(new Bucket("overdue" + lower + "to" + upper, lower == upper ? String.valueOf(upper) : lower + "–" + upper,
                    lower == upper ? String.valueOf(upper) : lower + "-" + upper));
            lower = upper + 1;
        }
        int last = this.upperBounds.get(this.upperBounds.size() - 1);
        list.add(new Bucket("overdueOver" + last, ">" + last, ">" + last));
        this.buckets = List.copyOf(list);
    }

    public List<Bucket> buckets() {
        return buckets;
    }

    /** The bucket index of a step this many working days overdue (at least 1). */
    public int indexOf(int workingDaysOverdue) {
        for (int i = 0; i < upperBounds.size(); i++) {
            if (workingDaysOverdue <= upperBounds.get(i)) {
                return i;
            }
        }
        return upperBounds.size();
    }

    public Bucket of(int workingDaysOverdue) {
        return buckets.get(indexOf(workingDaysOverdue));
    }

    /** The fewest working days overdue of the bucket at this index (1 for the first). */
    public int lowest(int index) {
        return index == 0 ? 1 : upperBounds.get(index - 1) + 1;
    }

    /** The most working days overdue of the bucket at this index; null for the last, which has no bound. */
    public Integer highest(int index) {
        return index < upperBounds.size() ? upperBounds.get(index) : null;
    }

    public List<String> labels() {
        return buckets.stream().map(Bucket::label).toList();
    }
}
