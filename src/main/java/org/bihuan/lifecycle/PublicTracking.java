package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.StepDeadlines;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.domain.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Following a case without an account: its number and the last four digits of the phone its lifecycle names as proof
 * ({@link Tracking}) show its status, the current step with its deadline, and the dated steps so far. Only the timeline
 * entries in {@link #PUBLIC_EVENTS} are shown, each by a wording key and its date: never an actor, a note, a reason, an
 * amount or a unit. Any wrong combination — unknown number, wrong digits, a case type that offers no tracking,
 * malformed input — answers the same "not found"; every attempt counts against the asker's address and the number.
 */
@Service
@Transactional(readOnly = true)
public class PublicTracking {

    /**
     * The timeline types that may be shown in public, with the message key a page words them by. A STATUS entry also
     * shows the status it set (a code of the case type's vocabulary, labelled by the page). Everything else on a
     * timeline (task completions with their notes, escalations, attachments, extension requests, returns) stays inside.
     */
    public static final Map<String, String> PUBLIC_EVENTS = Map.of(
            "SUBMITTED", "track.event.submitted",
            "STATUS", "track.event.status",
            "EXTENSION_APPROVED", "track.event.deadlineExtended");

    static final int PROOF_DIGITS = 4;
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z0-9-]{1,32}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{" + PROOF_DIGITS + "}");

    private final CaseFiles caseFiles;
    private final StepDeadlines steps;
    private final Lifecycles lifecycles;
    private final TrackingAttempts attempts;

    PublicTracking(CaseFiles caseFiles, StepDeadlines steps, Lifecycles lifecycles, TrackingAttempts attempts) {
        this.caseFiles = caseFiles;
        this.steps = steps;
        this.lifecycles = lifecycles;
        this.attempts = attempts;
    }

    /**
     * @param clientAddress the asker's address, which the limit counts (the servlet's remote address; behind a proxy set
     *                      {@code server.forward-headers-strategy})
     * @throws NotFoundException for every wrong combination, with the same message
     * @throws org.bihuan.domain.TooManyAttemptsException when the address or the number has been tried too often
     */
    public TrackedCase track(String clientAddress, String caseNo, String phoneDigits) {
        String number = caseNo == null ? "" : caseNo.strip().toUpperCase(Locale.ROOT);
        boolean wellFormed = CASE_NUMBER.matcher(number).matches();
        attempts.admit(Objects.requireNonNullElse(clientAddress, "unknown"), wellFormed ? number : null);
        String digits = phoneDigits == null ? "" : phoneDigits.strip();
        if (!wellFormed || !DIGITS.matcher(digits).matches()) {
            throw notFound();
        }
        CaseFile file = caseFiles.find(number).orElseThrow(PublicTracking::notFound);
        Lifecycle lifecycle = lifecycles.of(file.caseType());
        Tracking tracking = lifecycle.tracking().orElseThrow(PublicTracking::notFound);
        Optional<String> proof = tracking.proofPhone().apply(number).map(phone -> phone.replaceAll("[^0-9]", ""))
                .filter(phone -> phone.length() >= PROOF_DIGITS);
        if (proof.isEmpty() || !MessageDigest.isEqual(lastDigits(proof.get()), digits.getBytes(StandardCharsets.US_ASCII))) {
            throw notFound();
        }
        Optional<StepDeadlines.OpenStep> current = file.closedAt() != null ? Optional.empty()
                : steps.open(number).stream().filter(step -> tracking.publicSteps().contains(step.stepKey())).findFirst();
        List<PublicStep> publicSteps = caseFiles.timeline(number).stream()
                .filter(event -> PUBLIC_EVENTS.containsKey(event.type()))
                .filter(event -> !"STATUS".equals(event.type()) || lifecycle.statuses().contains(event.note()))
                .map(PublicTracking::publicStep)
                .toList();
        return new TrackedCase(file.caseNo(), file.caseType().name(), file.status(),
                current.map(StepDeadlines.OpenStep::stepKey).orElse(null), current.map(StepDeadlines.OpenStep::dueAt).orElse(null),
                file.receivedAt(), file.closedAt(), publicSteps);
    }

    private static PublicStep publicStep(TimelineEvent event) {
        return new PublicStep(event.at(), event.type(), PUBLIC_EVENTS.get(event.type()),
                "STATUS".equals(event.type()) ? event.note() : null);
    }

    private static byte[] lastDigits(String phone) {
        return phone.substring(phone.length() - PROOF_DIGITS).getBytes(StandardCharsets.US_ASCII);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("not found");
    }

    /**
     * What the public sees of a case: its number and type, its status code, the current step (a task key of the
     * case type's model, labelled by the page) and its deadline, when it was received and closed, the public steps.
     */
    public record TrackedCase(String caseNo, String caseType, String status, String currentStep, Instant currentDue,
                              Instant receivedAt, Instant closedAt, List<PublicStep> steps) {
    }

    /** A dated step: the timeline type, the message key that words it, and for a status change the status it set. */
    public record PublicStep(Instant at, String event, String wordingKey, String status) {
    }
}
