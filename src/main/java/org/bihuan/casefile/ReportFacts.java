package org.bihuan.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a lifecycle tells the reporting read model about one of its cases: the facts the figures need that
 * the case file does not hold (status, unit, dates, rating and rehandling are the case file's own). A field the lifecycle does not have stays null.
 *
 * @param partyName     the other side, e.g. a complaint's respondent
 * @param partyType     e.g. the respondent's type or the proposal's type
 * @param region        e.g. the respondent's region
 * @param category      e.g. the proposal's category
 * @param recoveries    every recovery reported so far, oldest first (清欠台账); empty where the lifecycle has none
 * @param filerName     the party that filed, e.g. a complaint's complainant or a proposal's initiator (the search finds
 *                      a case by either side's name)
 */
public record ReportFacts(String partyName, String partyType, String region, String category, BigDecimal amountOwed,
                          BigDecimal amountRecovered, List<Recovery> recoveries, String filerName) {

    public ReportFacts {
        recoveries = recoveries == null ? List.of() : List.copyOf(recoveries);
    }

    public ReportFacts(String partyName, String partyType, String region, String category, BigDecimal amountOwed,
                       BigDecimal amountRecovered, List<Recovery> recoveries) {
        this(partyName, partyType, region, category, amountOwed, amountRecovered, recoveries, null);
    }

    /** One report of a handling unit: the running total recovered as of that report. */
    public record Recovery(String unitCode, Instant recordedAt, BigDecimal runningTotal) {
    }
}
