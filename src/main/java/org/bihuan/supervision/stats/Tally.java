package org.bihuan.supervision.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw counts and sums of one unit (or of everything). Every field is additive, so the total row is the sum
 * of all units' tallies, including the cases that have no unit yet, and its rates are computed from the summed
 * numerators and denominators, never averaged.
 */
final class Tally {

    long received;
    long accepted;
    long rejected;
    long inScope;
    long underHandling;
    long closed;
    long signDue;
    long signedInTime;
    long replyDue;
    long repliedInTime;
    long evaluated;
    long satisfied;
    long rehandled;
    long workingDaysToClose;
    final long[] overdueByBucket;
    BigDecimal amountOwed = BigDecimal.ZERO;
    BigDecimal amountRecovered = BigDecimal.ZERO;
    final Map<YearMonth, BigDecimal> recoveredByMonth = new TreeMap<>();

    Tally(int bucketCount) {
        this.overdueByBucket = new long[bucketCount];
    }

    long overdueNow() {
        long sum = 0;
        for (long count : overdueByBucket) {
            sum += count;
        }
        return sum;
    }

    BigDecimal recoveredInPeriod() {
        return recoveredByMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void addRecovered(YearMonth month, BigDecimal amount) {
        recoveredByMonth.merge(month, amount, BigDecimal::add);
    }

    void add(Tally other) {
        received += other.received;
        accepted += other.accepted;
        rejected += other.rejected;
        inScope += other.inScope;
        underHandling += other.underHandling;
        closed += other.closed;
        signDue += other.signDue;
        signedInTime += other.signedInTime;
        replyDue += other.replyDue;
        repliedInTime += other.repliedInTime;
        evaluated += other.evaluated;
        satisfied += other.satisfied;
        rehandled += other.rehandled;
        workingDaysToClose += other.workingDaysToClose;
        for (int i = 0; i < overdueByBucket.length; i++) {
            overdueByBucket[i] += other.overdueByBucket[i];
        }
        amountOwed = amountOwed.add(other.amountOwed);
        amountRecovered = amountRecovered.add(other.amountRecovered);
        other.recoveredByMonth.forEach(this::addRecovered);
    }
}
