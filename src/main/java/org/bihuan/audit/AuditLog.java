package org.bihuan.audit;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.persistence.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The one audit list of administrative changes. A change and its entry commit together: {@link #record} joins the
 * caller's transaction (and refuses to run without one), so there is never an entry for a change that rolled back,
 * nor a change without its entry.
 */
@Service
public class AuditLog {

    /** The actor of changes the application makes by itself (start-up, a scheduled task). */
    public static final String SYSTEM = "system";
    static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_JSON = 100_000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Clock clock, @Value("${bihuan.calendar.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Records a change made by the person signed in to this request ({@value #SYSTEM} when there is none).
     *
     * @param action      {@code <subjectType>.<verb>}, e.g. {@code unit.merged}
     * @param subjectType what kind of thing changed, e.g. {@code unit}
     * @param subjectId   which one, e.g. the unit's code
     * @param before      the subject before (any object Jackson writes; null when it did not exist)
     * @param after       the subject after (null when it is gone)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, String subjectId, Object before, Object after) {
        recordAs(currentActor(), action, subjectType, subjectId, before, after);
    }

    /** The same, naming who made the change (a start-up task on behalf of the operator, say). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String subjectType, String subjectId, Object before, Object after) {
        jdbc.sql("""
                        insert into audit_entry (at, actor, action, subject_type, subject_id, before_json, after_json)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(utc(clock.instant()), actor, action, subjectType, subjectId, toJson(before), toJson(after))
                .update();
    }

    /** The entries the query selects, newest first. */
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        List<Violation> violations = new ArrayList<>(Paging.violations(query.page(), query.size(), MAX_PAGE_SIZE));
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            violations.add(new Violation("to", "must not be before from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        equal(where, params, "actor", query.actor());
        equal(where, params, "action", query.action());
        equal(where, params, "subject_type", query.subjectType());
        equal(where, params, "subject_id", query.subjectId());
        if (query.from() != null) {
            where.append(" and at >= ?");
            params.add(utc(startOf(query.from())));
        }
        if (query.to() != null) {
            where.append(" and at < ?");
            params.add(utc(startOf(query.to().plusDays(1))));
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("select * from audit_entry" + where + " order by at desc, id desc"
                        + Paging.clause(query.page(), query.size()))
                .params(params).query(AuditLog::entry).list();
        return new AuditPage(entries, query.page(), query.size(), total);
    }

    /** The subject types and actions the list holds, for the filters' choices. */
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return jdbc.sql("select distinct subject_type from audit_entry order by subject_type").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    private java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static void equal(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value.strip());
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String text = value instanceof String s ? json.writeValueAsString(s) : json.writeValueAsString(value);
            if (text.length() > MAX_JSON) {
                throw new IllegalArgumentException("an audit entry's subject must be at most " + MAX_JSON + " characters of JSON");
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the audited subject cannot be written as JSON", e);
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_json"), rs.getString("after_json"));
    }
}
