package org.bihuan.lifecycle;

import org.bihuan.casefile.Attachment;
import org.bihuan.casefile.CaseChannel;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.StepDeadlines;
import org.bihuan.casefile.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an official may see of one case, whatever its type ({@code GET /api/cases/{no}}): the case file, the
 * lifecycle's own view of it ({@code lifecycle}: parties and their fields), every step with its deadline's state,
 * the named deadlines, the escalation reached, evidence, timeline, replies, ratings and the letters.
 *
 * @param clockPausedSince when the case's clock stopped (补正, a missing promise) and has not run again; else null
 * @param escalationLevel  the level the current step reached, else the last level any step reached; null when none
 */
public record CaseDetails(
        String caseNo,
        CaseType caseType,
        String title,
        String status,
        CaseChannel channel,
        UnitRef unit,
        String currentStep,
        Instant currentDue,
        boolean overdue,
        Instant receivedAt,
        Instant closedAt,
        String closureReason,
        String satisfaction,
        int rehandleCount,
        Instant clockPausedSince,
        String escalationLevel,
        Object lifecycle,
        List<StepDeadlines.StepState> steps,
        List<NamedDeadline> deadlines,
        List<Attachment> attachments,
        List<TimelineEvent> timeline,
        List<Submitted> replies,
        List<Submitted> ratings,
        List<CaseLetters.Letter> letters,
        String diagram) {

    public record UnitRef(String code, String name) {
    }

    /** A deadline the case keeps by step key, with the state of the newest step of that key. */
    public record NamedDeadline(String name, Instant dueAt, StepDeadlines.StepState.State state) {
    }

    /** What someone submitted in a reply or rating step. */
    public record Submitted(String step, String actor, Instant at, Map<String, Object> data) {
    }
}
