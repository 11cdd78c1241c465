package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.notification.Recipient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a case type tells the kernel about itself. A lifecycle package implements this once (a Spring bean)
 * and keeps only its own data, its model's delegates and its own rules; numbering, the case file, lists,
 * extensions, notices, rating, rehandling and demo seeding are the kernel's.
 */
public interface Lifecycle {

    CaseType caseType();

    /** The number series (TS, TA …): one counter per series and year, and one register. */
    String numberSeries();

    /** The case number for the year's sequence, e.g. TS2026-000001. */
    String caseNumber(int year, int sequence);

    /**
     * The year whose counter of {@link #numberSeries()} numbers a case received on this day (office calendar): the
     * calendar year, unless the lifecycle numbers within another period (a proposal within its CPPCC session).
     */
    default int numberYear(LocalDate receivedOn) {
        return receivedOn.getYear();
    }

    /** Every status this lifecycle's model may set; checked at start against the model and the KPI lists. */
    List<String> statuses();

    /** The filing party as notices reach it (the complainant's contact, the proposers). */
    List<Recipient> parties(String caseNo);

    /** Whether and how anyone may follow a case of this type without an account (see {@link PublicTracking}). */
    default Optional<Tracking> tracking() {
        return Optional.empty();
    }

    /**
     * The case as this lifecycle shows it to the user (its parties, amounts or proposers, its own fields), for the
     * kernel's case view; the same visibility as the lifecycle's own read (not found for a case the user may not see).
     */
    Object details(AppUser user, String caseNo);

    /** The user tasks whose submissions are the case's replies (答复), oldest first in the case view. */
    default List<String> replySteps() {
        return List.of();
    }

    /** The user tasks whose submissions are the filing party's ratings (评价). */
    default List<String> ratingSteps() {
        return List.of();
    }

    /** How this case type asks for and decides more time, if it does. */
    default Optional<ExtensionPolicy> extension() {
        return Optional.empty();
    }
}
