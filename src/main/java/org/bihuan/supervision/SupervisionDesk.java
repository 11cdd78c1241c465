package org.bihuan.supervision;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.document.DocumentRegister;
import org.bihuan.document.IssuedDocument;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the supervision API and the supervisors' pages do with the same rules: the overdue list, the 督办台账 and the
 * 通报 list (supervisors every unit's, a unit official its own unit's), a 督办 by hand, the 督办通知书, the downloads.
 * Parameters come as text and a wrong one is refused naming it.
 */
@Service
@Transactional
public class SupervisionDesk {

    private static final Set<String> TYPES = Set.of("COMPLAINT", "PROPOSAL");
    /** The longest note of a 督办 by hand. */
    public static final int NOTE_MAX_LENGTH = 5000;
    private static final int LEDGER_LIMIT = 1000;

    private final SupervisionQueries queries;
    private final SupervisionLedger ledger;
    private final Escalations escalations;
    private final DocumentRegister documents;
    private final SupervisionExports exports;
    private final WorkingDayCalendar calendar;

    SupervisionDesk(SupervisionQueries queries, SupervisionLedger ledger, Escalations escalations, DocumentRegister documents,
                    SupervisionExports exports, WorkingDayCalendar calendar) {
        this.queries = queries;
        this.ledger = ledger;
        this.escalations = escalations;
        this.documents = documents;
        this.exports = exports;
        this.calendar = calendar;
    }

    /** A level of the 督办 ladder as a person chooses it: its name, label and whether it issues a numbered letter. */
    public record Level(String name, String label, boolean letter) {
    }

    /** One 通报. */
    public record Notice(String caseNo, String unitCode, String unitName, Instant at, String text) {
    }

    /** A file to download. */
    public record Download(String filename, String contentType, byte[] body) {
    }

    /** The ladder's levels in order. */
    @Transactional(readOnly = true)
    public List<Level> levels() {
        return escalations.levels().stream().map(l -> new Level(l.name(), l.label(), l.letter())).toList();
    }

    /** The steps overdue now, the oldest deadline first. */
    @Transactional(readOnly = true)
    public List<OverdueStep> overdue(AppUser user, String type, String unit, String level, String aging) {
        List<Violation> violations = new ArrayList<>();
        String checkedType = type(type, violations);
        String checkedLevel = level(level, violations);
        refuse(violations);
        return queries.overdue(checkedType, SupervisionAccess.scopedUnit(user, blankToNull(unit)), checkedLevel, blankToNull(aging));
    }

    /** The 督办台账, newest first: from and to are ISO dates, both inclusive. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(AppUser user, String caseNo, String type, String unit, String level, String from, String to) {
        List<Violation> violations = new ArrayList<>();
        String checkedType = type(type, violations);
        String checkedLevel = level(level, violations);
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            violations.add(new Violation("from", "must not be after to"));
        }
        refuse(violations);
        return ledger.find(new SupervisionLedger.Filter(blankToNull(caseNo), checkedType, SupervisionAccess.scopedUnit(user, blankToNull(unit)),
                checkedLevel, start(fromDate), start(toDate == null ? null : toDate.plusDays(1)), LEDGER_LIMIT));
    }

    /** The 通报 list, newest first: a unit official sees its own unit's; from and to are ISO dates, both inclusive. */
    @Transactional(readOnly = true)
    public List<Notice> notices(AppUser user, String unit, String from, String to) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            violations.add(new Violation("from", "must not be after to"));
        }
        refuse(violations);
        return queries.notices(SupervisionAccess.scopedUnit(user, blankToNull(unit)), start(fromDate),
                start(toDate == null ? null : toDate.plusDays(1)));
    }

    /** Whether the user may read the overdue list, the 督办台账 and the 通报 (a supervisor, or a unit official for its unit). */
    public boolean mayRead(AppUser user) {
        try {
            SupervisionAccess.scopedUnit(user, null);
            return true;
        } catch (org.bihuan.domain.ForbiddenException refused) {
            return false;
        }
    }

    /** Refuses anyone who may not start a 督办 by hand (the form for it is refused as the act is). */
    public void checkMaySupervise(AppUser user) {
        Escalations.requireSupervisor(user);
    }

    /** Whether the user may start a 督办 by hand. */
    public boolean maySupervise(AppUser user) {
        try {
            Escalations.requireSupervisor(user);
            return true;
        } catch (org.bihuan.domain.ForbiddenException refused) {
            return false;
        }
    }

    /** 督办 by hand on the step the case waits in: the level chosen, with a note (POST …/supervisions). */
    public LedgerEntry supervise(AppUser user, String caseNo, String level, String note) {
        List<Violation> violations = new ArrayList<>();
        if (level == null || level.isBlank()) {
            violations.add(new Violation("level", "must not be blank"));
        }
        if (note != null && note.length() > NOTE_MAX_LENGTH) {
            violations.add(new Violation("note", "must be at most " + NOTE_MAX_LENGTH + " characters"));
        }
        refuse(violations);
        return escalations.byHand(user, caseNo, level.strip(), note == null || note.isBlank() ? null : note.strip());
    }

    @Transactional(readOnly = true)
    public LedgerEntry entry(AppUser user, long id) {
        return SupervisionAccess.visible(user, ledger.get(id));
    }

    /**
     * The numbered 督办通知书 of a ledger line that issued one (PDF): the official document issued with it, also among the
     * case's documents.
     */
    @Transactional(readOnly = true)
    public byte[] letter(AppUser user, long id) {
        LedgerEntry entry = entry(user, id);
        if (entry.letterNo() == null) {
            throw new ConflictException("ledger entry " + entry.id() + " (" + entry.level() + ") has no supervision letter");
        }
        IssuedDocument letter = documents.byNumber(entry.letterNo())
                .orElseThrow(() -> new NotFoundException("supervision letter " + entry.letterNo() + " is not in the register"));
        return documents.pdf(letter);
    }

    @Transactional(readOnly = true)
    public Download overdueExport(AppUser user, String type, String unit, String level, String aging, boolean xlsx) {
        return exports.overdue(overdue(user, type, unit, level, aging), xlsx);
    }

    @Transactional(readOnly = true)
    public Download ledgerExport(AppUser user, String caseNo, String type, String unit, String level, String from, String to,
                                 boolean xlsx) {
        return exports.ledger(ledger(user, caseNo, type, unit, level, from, to), xlsx);
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(calendar.zone()).toInstant();
    }

    private static String type(String type, List<Violation> violations) {
        String value = blankToNull(type);
        if (value != null && !TYPES.contains(value)) {
            violations.add(new Violation("type", "must be one of " + TYPES));
            return null;
        }
        return value;
    }

    private String level(String level, List<Violation> violations) {
        String value = blankToNull(level);
        if (value != null && escalations.levels().stream().noneMatch(l -> l.name().equals(value))) {
            violations.add(new Violation("level", "must be one of " + escalations.levels().stream().map(EscalationProperties.Level::name).toList()));
            return null;
        }
        return value;
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date like 2026-03-31"));
            return null;
        }
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
