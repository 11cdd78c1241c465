package org.bihuan.supervision.stats;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The figures, in the order they are shown; each one's texts live under bihuan.kpi.figures.&lt;key&gt;. */
enum Measure {
    RECEIVED("received", Kind.COUNT, false),
    ACCEPTED("accepted", Kind.COUNT, false),
    REJECTED("rejected", Kind.COUNT, false),
    IN_SCOPE("inScope", Kind.COUNT, false),
    UNDER_HANDLING("underHandling", Kind.COUNT, false),
    CLOSED("closed", Kind.COUNT, false),
    OVERDUE_NOW("overdueNow", Kind.COUNT, false),
    /** one figure per aging bucket, sharing this text with the bucket's range filled in */
    OVERDUE_AGING("overdueAging", Kind.COUNT, false),
    RESPONSE_RATE("responseRate", Kind.PERCENT, false),
    ON_TIME_RATE("onTimeRate", Kind.PERCENT, false),
    SATISFACTION_RATE("satisfactionRate", Kind.PERCENT, false),
    REHANDLE_RATE("rehandleRate", Kind.PERCENT, false),
    AVG_DAYS_TO_CLOSE("avgDaysToClose", Kind.WORKING_DAYS, false),
    AMOUNT_OWED("amountOwed", Kind.AMOUNT, true),
    AMOUNT_RECOVERED("amountRecovered", Kind.AMOUNT, true),
    RECOVERED_SHARE("recoveredShare", Kind.PERCENT, true),
    RECOVERED_IN_PERIOD("recoveredInPeriod", Kind.AMOUNT, true),
    SCORE("score", Kind.SCORE, false);

    enum Kind { COUNT, PERCENT, WORKING_DAYS, AMOUNT, SCORE }

    /** the figures that are a share (numerator / denominator) and may carry a score weight */
    static final Set<String> RATES = Arrays.stream(values()).filter(m -> m.kind == Kind.PERCENT)
            .map(Measure::key).collect(Collectors.toUnmodifiableSet());

    private final String key;
    private final Kind kind;
    private final boolean complaintsOnly;

    Measure(String key, Kind kind, boolean complaintsOnly) {
        this.key = key;
        this.kind = kind;
        this.complaintsOnly = complaintsOnly;
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    boolean complaintsOnly() {
        return complaintsOnly;
    }
}
