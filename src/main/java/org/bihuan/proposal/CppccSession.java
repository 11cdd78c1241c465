package org.bihuan.proposal;

import java.time.LocalDate;

/**
 * A session of the CPPCC committee (届次、会次, e.g. 七届二次会议): the plenary's submission window and the recess
 * (闭会期间) that follows it, through {@code recessEnds}. A proposal filed on a day in either belongs to the session
 * and is numbered within it ({@code numberYear}, the year the plenary opens: 20260068).
 */
public record CppccSession(long id, int term, int meeting, LocalDate plenaryOpens, LocalDate plenaryCloses, LocalDate recessEnds,
                           int numberYear, long proposals) {

    /** The session as letters and lists name it: 七届二次会议. */
    public String name() {
        return ChineseNumerals.of(term) + "届" + ChineseNumerals.of(meeting) + "次会议";
    }

    /** Whether a proposal filed on this day belongs to the session (plenary window or recess, both ends inclusive). */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(plenaryOpens) && !day.isAfter(recessEnds);
    }

    /** Whether this day lies in the plenary's submission window (大会期间) rather than the recess. */
    public boolean inPlenary(LocalDate day) {
        return !day.isBefore(plenaryOpens) && !day.isAfter(plenaryCloses);
    }
}
