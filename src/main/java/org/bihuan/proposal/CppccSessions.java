package org.bihuan.proposal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bihuan.audit.AuditLog;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

/**
 * The CPPCC sessions (届次、会次) the administrator keeps, and which one a proposal belongs to: the session open on
 * the day it is filed (its plenary's submission window or the recess after it). A proposal is numbered within its
 * session: the number's year is the session's ({@link CppccSession#numberYear()}), so a proposal filed in January
 * 2027 during the recess of the 2026 session is still 2026xxxx. On a day no session is open a proposal has none and
 * is numbered by the calendar year, as before sessions were kept.
 * <p>
 * The administrator's changes are {@link #create}, {@link #update} and {@link #delete}, nothing else writes sessions;
 * each is in the audit list with the session before and after.
 */
@Service
@Transactional
public class CppccSessions {

    static final String FILED_OUTSIDE = "must keep the filing days of this session's proposals inside the session";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;

    CppccSessions(JdbcClient jdbc, Validator validator, WorkingDayCalendar calendar, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every session, the latest first, with how many proposals each has. */
    @Transactional(readOnly = true)
    public List<CppccSession> list() {
        return jdbc.sql(SELECT + " order by s.plenary_opens desc").query(CppccSessions::session).list();
    }

    @Transactional(readOnly = true)
    public CppccSession get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no CPPCC session " + id));
    }

    @Transactional(readOnly = true)
    public Optional<CppccSession> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(CppccSessions::session).optional();
    }

    /** The session a proposal filed on this day belongs to, if any is open then. */
    @Transactional(readOnly = true)
    public Optional<CppccSession> openOn(LocalDate day) {
        return jdbc.sql(SELECT + " where s.plenary_opens <= ? and s.recess_ends >= ?").params(day, day)
                .query(CppccSessions::session).optional();
    }

    /** The session open today, in the office's calendar. */
    @Transactional(readOnly = true)
    public Optional<CppccSession> current() {
        return openOn(today());
    }

    /** The year whose counter numbers a proposal filed on this day: its session's, else the calendar year. */
    @Transactional(readOnly = true)
    public int numberYear(LocalDate filedOn) {
        return openOn(filedOn).map(CppccSession::numberYear).orElse(filedOn.getYear());
    }

    /** The administrator enters a session; 400 naming each field that breaks a rule, nothing stored then. */
    public CppccSession create(SessionRequest request) {
        check(request, null);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into cppcc_session (term, meeting, plenary_opens, plenary_closes, recess_ends, number_year, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.term(), request.meeting(), request.plenaryOpens(), request.plenaryCloses(), request.recessEnds(),
                        request.plenaryOpens().getYear(), utc(now), utc(now))
                .update();
        // (term, meeting) is unique: it finds the row just written on PostgreSQL and H2 alike
        CppccSession created = get(jdbc.sql("select id from cppcc_session where term = ? and meeting = ?")
                .params(request.term(), request.meeting()).query(Long.class).single());
        audit.record("cppccSession.created", "cppccSession", String.valueOf(created.id()), null, created);
        return created;
    }

    /** Corrects a session; its proposals stay with it, so their filing days must stay inside it and their number year unchanged. */
    public CppccSession update(long id, SessionRequest request) {
        CppccSession before = get(id);
        check(request, before);
        jdbc.sql("""
                        update cppcc_session set term = ?, meeting = ?, plenary_opens = ?, plenary_closes = ?, recess_ends = ?,
                            number_year = ?, updated_at = ? where id = ?""")
                .params(request.term(), request.meeting(), request.plenaryOpens(), request.plenaryCloses(), request.recessEnds(),
                        request.plenaryOpens().getYear(), utc(clock.instant()), id)
                .update();
        CppccSession after = get(id);
        audit.record("cppccSession.updated", "cppccSession", String.valueOf(id), before, after);
        return after;
    }

    /** Removes a session entered by mistake; one that proposals belong to stays (409). */
    public void delete(long id) {
        CppccSession session = get(id);
        if (session.proposals() > 0) {
            throw new ConflictException("session " + session.name() + " has " + session.proposals() + " proposals; it cannot be deleted");
        }
        jdbc.sql("delete from cppcc_session where id = ?").param(id).update();
        audit.record("cppccSession.deleted", "cppccSession", String.valueOf(id), session, null);
    }

    private void check(SessionRequest request, CppccSession editing) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<SessionRequest> violation : validator.validate(request)) {
            violations.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (request.plenaryOpens() != null && request.plenaryCloses() != null && request.plenaryCloses().isBefore(request.plenaryOpens())) {
            violations.add(new Violation("plenaryCloses", "must not be before plenaryOpens"));
        }
        if (request.plenaryCloses() != null && request.recessEnds() != null && !request.recessEnds().isAfter(request.plenaryCloses())) {
            violations.add(new Violation("recessEnds", "must be after plenaryCloses"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream().sorted(Comparator.comparing(Violation::field)).toList());
        }
        List<CppccSession> others = list().stream().filter(s -> editing == null || s.id() != editing.id()).toList();
        for (CppccSession other : others) {
            boolean opensInside = other.isOpenOn(request.plenaryOpens());
            boolean endsInside = other.isOpenOn(request.recessEnds());
            boolean surrounds = request.plenaryOpens().isBefore(other.plenaryOpens()) && request.recessEnds().isAfter(other.recessEnds());
            if (opensInside || surrounds) {
                violations.add(new Violation("plenaryOpens", "overlaps the dates of another session"));
            }
            if (endsInside || surrounds) {
                violations.add(new Violation("recessEnds", "overlaps the dates of another session"));
            }
            if (other.term() == request.term() && other.meeting() == request.meeting()) {
                violations.add(new Violation("meeting", "this term has a session with this number already"));
            }
            if (other.numberYear() == request.plenaryOpens().getYear()) {
                violations.add(new Violation("plenaryOpens",
                        "another session's plenary opens in the same year: proposals are numbered by the session's year"));
            }
        }
        if (editing != null && editing.proposals() > 0) {
            if (request.plenaryOpens().getYear() != editing.numberYear()) {
                violations.add(new Violation("plenaryOpens", "must stay in the year the session's proposals are numbered by"));
            }
            FilingDays filed = filingDays(editing.id());
            if (filed.first() != null && filed.first().isBefore(request.plenaryOpens())) {
                violations.add(new Violation("plenaryOpens", FILED_OUTSIDE));
            }
            if (filed.last() != null && filed.last().isAfter(request.recessEnds())) {
                violations.add(new Violation("recessEnds", FILED_OUTSIDE));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream().distinct().toList());
        }
    }

    /** The first and last day a proposal of the session was filed (office calendar), from the case file's read model. */
    private FilingDays filingDays(long sessionId) {
        return jdbc.sql("""
                        select min(r.received_at) as first_filed, max(r.received_at) as last_filed
                        from proposal p join report_case r on r.case_no = p.case_no where p.session_id = ?""")
                .param(sessionId)
                .query((rs, i) -> new FilingDays(day(instant(rs, "first_filed")), day(instant(rs, "last_filed"))))
                .single();
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, calendar.zone());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private record FilingDays(LocalDate first, LocalDate last) {
    }

    private static final String SELECT = """
            select s.*, (select count(*) from proposal p where p.session_id = s.id) as proposal_count from cppcc_session s""";

    private static CppccSession session(ResultSet rs, int row) throws SQLException {
        return new CppccSession(rs.getLong("id"), rs.getInt("term"), rs.getInt("meeting"),
                rs.getObject("plenary_opens", LocalDate.class), rs.getObject("plenary_closes", LocalDate.class),
                rs.getObject("recess_ends", LocalDate.class), rs.getInt("number_year"), rs.getLong("proposal_count"));
    }
}
