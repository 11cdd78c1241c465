package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.export.TableExport;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The officials' search over every case type they may see: the case file and the reporting read model, never a
 * lifecycle's tables, under the one visibility rule per case type. The export writes exactly the search result.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

    /** Sort key (as a request names it) → column; each order ends with the case number, so pages never overlap. */
    public static final Map<String, String> SORT_KEYS = sortKeys();

    /** The values of {@link CaseSearchRequest#stepState()}. */
    public static final List<String> STEP_STATES = List.of("OPEN", "OVERDUE", "IN_TIME", "LATE", "DECIDED");

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final String FROM = " from case_file f left join report_case r on r.case_no = f.case_no";

    private final JdbcClient jdbc;
    private final CaseVisibility visibility;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final CaseSearchProperties properties;
    private final Clock clock;

    CaseSearch(JdbcClient jdbc, CaseVisibility visibility, WorkingDayCalendar calendar, Users users, CaseSearchProperties properties,
               Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.calendar = calendar;
        this.users = users;
        this.properties = properties;
    }

    public CasePage<CaseSearchRow> search(AppUser user, CaseSearchRequest request) {
        Query query = query(user, request);
        int page = request.page() == null ? 0 : request.page();
        int size = request.size() == null ? DEFAULT_PAGE_SIZE : request.size();
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > CaseListQuery.MAX_PAGE_SIZE) {
            violations.add(new Violation("size", "must be between 1 and " + CaseListQuery.MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        long total = jdbc.sql("select count(*)" + FROM + query.where()).params(query.params()).query(Long.class).single();
        List<Object> params = new ArrayList<>(query.params());
        params.add(size);
        params.add((long) page * size);
        List<CaseSearchRow> items = jdbc.sql(select(query) + " limit ? offset ?").params(params).query(CaseSearch::row).list();
        return new CasePage<>(items, page, size, total);
    }

    /** Every case of the search, in its order, for an export; paging is ignored. */
    public List<CaseSearchRow> all(AppUser user, CaseSearchRequest request) {
        Query query = query(user, request);
        long total = jdbc.sql("select count(*)" + FROM + query.where()).params(query.params()).query(Long.class).single();
        if (total > properties.exportMaxRows()) {
            throw new ConflictException("the search finds " + total + " cases; an export holds at most "
                    + properties.exportMaxRows() + " (bihuan.search.export-max-rows): narrow the search");
        }
        return jdbc.sql(select(query)).params(query.params()).query(CaseSearch::row).list();
    }

    public byte[] csv(AppUser user, CaseSearchRequest request) {
        Table table = table(all(user, request));
        return TableExport.csv(table.header(), table.rows(), calendar.zone());
    }

    public byte[] xlsx(AppUser user, CaseSearchRequest request) {
        Table table = table(all(user, request));
        return TableExport.xlsx(labels().getString("sheet"), table.header(), table.rows(), calendar.zone());
    }

    /** The file name an export is offered under (without extension). */
    public String exportName() {
        return labels().getString("sheet");
    }

    private Table table(List<CaseSearchRow> found) {
        ResourceBundle labels = labels();
        List<String> columns = List.of("caseNo", "caseType", "title", "status", "channel", "filerName", "partyName", "unitCode",
                "currentStep", "currentDue", "overdue", "receivedAt", "closedAt");
        List<String> header = columns.stream().map(c -> labels.getString("column." + c)).toList();
        Map<String, String> unitNames = new LinkedHashMap<>();
        users.units().forEach(u -> unitNames.put(u.code(), u.name()));
        List<List<Object>> rows = found.stream().map(c -> Arrays.<Object>asList(c.caseNo(),
                labels.getString("type." + c.caseType().name()), c.title(), c.status(),
                labels.getString("channel." + c.channel().name()), c.filerName(), c.partyName(),
                c.unitCode() == null ? null : unitNames.getOrDefault(c.unitCode(), c.unitCode()), c.currentStep(), c.currentDue(),
                labels.getString("overdue." + c.overdue()), c.receivedAt(), c.closedAt())).toList();
        return new Table(header, rows);
    }

    private static ResourceBundle labels() {
        return ResourceBundle.getBundle("casefile.case-search-export", Locale.ROOT);
    }

    private String select(Query query) {
        return """
                select f.case_no, f.case_type, f.title, f.status, f.channel, r.filer_name, r.party_name, f.unit_code,
                    f.current_step, f.current_due, f.overdue, f.received_at, f.closed_at""" + FROM + query.where()
                + " order by " + query.orderBy();
    }

    private Query query(AppUser user, CaseSearchRequest r) {
        if (!user.isOfficial()) {
            throw new ForbiddenException("the case search is for officials; an enterprise or a member lists its own cases");
        }
        List<Violation> violations = new ArrayList<>();
        List<CaseType> types = List.of(CaseType.values());
        if (present(r.type())) {
            try {
                types = List.of(CaseType.valueOf(r.type().strip()));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("type", "must be one of " + Arrays.toString(CaseType.values())));
            }
        }
        LocalDate from = date("receivedFrom", r.receivedFrom(), violations);
        LocalDate to = date("receivedTo", r.receivedTo(), violations);
        ordered("receivedFrom", from, "receivedTo", to, violations);
        LocalDate closedFrom = date("closedFrom", r.closedFrom(), violations);
        LocalDate closedTo = date("closedTo", r.closedTo(), violations);
        ordered("closedFrom", closedFrom, "closedTo", closedTo, violations);
        Boolean overdue = bool("overdue", r.overdue(), violations);
        Boolean rehandled = bool("rehandled", r.rehandled(), violations);
        List<String> statuses = codes("status", r.status(), violations);
        List<String> units = codes("unit", r.unit(), violations);
        List<String> satisfaction = codes("satisfaction", r.satisfaction(), violations);
        StepCriteria step = stepCriteria(r, violations);
        String sortColumn = SORT_KEYS.get(present(r.sort()) ? r.sort().strip() : "receivedAt");
        if (sortColumn == null) {
            violations.add(new Violation("sort", "must be one of " + SORT_KEYS.keySet()));
        }
        String direction = present(r.direction()) ? r.direction().strip().toLowerCase(Locale.ROOT) : "desc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            violations.add(new Violation("direction", "must be asc or desc"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }

        StringBuilder where = new StringBuilder(" where (");
        List<Object> params = new ArrayList<>();
        List<String> perType = new ArrayList<>();
        for (CaseType type : types) {
            CaseVisibility.Filter filter = visibility.filter(user, type, "f");
            perType.add("(f.case_type = '" + type.name() + "' and " + filter.sql() + ")");
            params.addAll(filter.params());
        }
        where.append(String.join(" or ", perType)).append(")");
        if (present(r.caseNo())) {
            where.append(" and lower(f.case_no) like ?");
            params.add(CaseListQuery.containing(r.caseNo().strip()));
        }
        if (present(r.party())) {
            where.append(" and (lower(r.filer_name) like ? or lower(r.party_name) like ?)");
            String like = CaseListQuery.containing(r.party().strip());
            params.add(like);
            params.add(like);
        }
        oneOf(where, params, "f.status", statuses);
        oneOf(where, params, "f.unit_code", units);
        equal(where, params, "f.current_step", r.step());
        if (overdue != null) {
            where.append(" and f.overdue = ?");
            params.add(overdue);
        }
        between(where, params, "f.received_at", from, to);
        between(where, params, "f.closed_at", closedFrom, closedTo);
        oneOf(where, params, "f.satisfaction", satisfaction);
        if (rehandled != null) {
            where.append(rehandled ? " and f.rehandle_count > 0" : " and f.rehandle_count = 0");
        }
        equal(where, params, "r.party_name", r.respondent());
        equal(where, params, "r.party_type", r.respondentType());
        step.appendTo(where, params);
        String orderBy = sortColumn + " " + direction + " nulls last" + (sortColumn.equals("f.case_no") ? "" : ", f.case_no " + direction);
        return new Query(where.toString(), params, orderBy);
    }

    /**
     * The step criteria, checked, as one condition "the case has a step (report_step, not cancelled) that …" — all of
     * them about the same step. Working days overdue become bounds of the due instant: a step due on day d is n working
     * days overdue today when n working days lie after d up to today (at least 1 once it is past due), so "at most n"
     * is "due on or after the (n+1)-th working day back from today" and "at least n" is "due before the n-th".
     */
    private StepCriteria stepCriteria(CaseSearchRequest r, List<Violation> violations) {
        List<String> keys = codes("stepKey", r.stepKey(), violations);
        String state = null;
        if (present(r.stepState())) {
            state = r.stepState().strip().toUpperCase(Locale.ROOT);
            if (!STEP_STATES.contains(state)) {
                violations.add(new Violation("stepState", "must be one of " + STEP_STATES));
                state = null;
            }
        }
        LocalDate dueFrom = date("stepDueFrom", r.stepDueFrom(), violations);
        LocalDate dueTo = date("stepDueTo", r.stepDueTo(), violations);
        ordered("stepDueFrom", dueFrom, "stepDueTo", dueTo, violations);
        Integer daysMin = positive("overdueDaysMin", r.overdueDaysMin(), violations);
        Integer daysMax = positive("overdueDaysMax", r.overdueDaysMax(), violations);
        if (daysMin != null && daysMax != null && daysMin > daysMax) {
            violations.add(new Violation("overdueDaysMax", "must not be less than overdueDaysMin"));
        }
        return new StepCriteria(codes("stepUnit", r.stepUnit(), violations), keys, state, dueFrom, dueTo, daysMin, daysMax,
                present(r.escalation()) ? r.escalation().strip() : null);
    }

    private final class StepCriteria {

        private final List<String> units;
        private final List<String> keys;
        private final String state;
        private final LocalDate dueFrom;
        private final LocalDate dueTo;
        private final Integer overdueDaysMin;
        private final Integer overdueDaysMax;
        private final String escalation;

        StepCriteria(List<String> units, List<String> keys, String state, LocalDate dueFrom, LocalDate dueTo, Integer overdueDaysMin,
                     Integer overdueDaysMax, String escalation) {
            this.units = units;
            this.keys = keys;
            this.state = state;
            this.dueFrom = dueFrom;
            this.dueTo = dueTo;
            this.overdueDaysMin = overdueDaysMin;
            this.overdueDaysMax = overdueDaysMax;
            this.escalation = escalation;
        }

        void appendTo(StringBuilder where, List<Object> params) {
            if (units.isEmpty() && keys.isEmpty() && state == null && dueFrom == null && dueTo == null && overdueDaysMin == null
                    && overdueDaysMax == null && escalation == null) {
                return;
            }
            Instant now = clock.instant();
            StringBuilder step = new StringBuilder(" and exists (select 1 from report_step s where s.case_no = f.case_no"
                    + " and s.cancelled_at is null");
            oneOf(step, params, "s.unit_code", units);
            oneOf(step, params, "s.step_key", keys);
            between(step, params, "s.due_at", dueFrom, dueTo);
            if (state != null) {
                switch (state) {
                    case "OPEN" -> step.append(" and s.completed_at is null");
                    case "OVERDUE" -> {
                        step.append(" and s.completed_at is null and s.due_at < ?");
                        params.add(at(now));
                    }
                    case "IN_TIME" -> step.append(" and s.completed_at is not null and s.completed_at <= s.due_at");
                    case "LATE" -> {
                        step.append(" and ((s.completed_at is not null and s.completed_at > s.due_at)"
                                + " or (s.completed_at is null and s.due_at < ?))");
                        params.add(at(now));
                    }
                    case "DECIDED" -> {
                        step.append(" and (s.completed_at is not null or s.due_at < ?)");
                        params.add(at(now));
                    }
                    default -> throw new IllegalStateException(state);
                }
            }
            if (overdueDaysMin != null || overdueDaysMax != null) {
                LocalDate today = now.atZone(calendar.zone()).toLocalDate();
                step.append(" and s.completed_at is null and s.due_at < ?");
                params.add(at(now));
                if (overdueDaysMin != null && overdueDaysMin > 1) {
                    step.append(" and s.due_at < ?");
                    params.add(at(workingDayBack(today, overdueDaysMin).atStartOfDay(calendar.zone()).toInstant()));
                }
                if (overdueDaysMax != null) {
                    step.append(" and s.due_at >= ?");
                    params.add(at(workingDayBack(today, overdueDaysMax + 1).atStartOfDay(calendar.zone()).toInstant()));
                }
            }
            equal(step, params, "s.escalation_level", escalation);
            where.append(step).append(')');
        }
    }

    /** The n-th working day counting back from {@code today}, today being the first when it is a working day. */
    private LocalDate workingDayBack(LocalDate today, int n) {
        LocalDate day = today.plusDays(1);
        for (int found = 0; found < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private void between(StringBuilder where, List<Object> params, String column, LocalDate from, LocalDate to) {
        if (from != null) {
            where.append(" and ").append(column).append(" >= ?");
            params.add(from.atStartOfDay(calendar.zone()).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" and ").append(column).append(" < ?");
            params.add(to.plusDays(1).atStartOfDay(calendar.zone()).toOffsetDateTime());
        }
    }

    private static void equal(StringBuilder where, List<Object> params, String column, String value) {
        if (present(value)) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value.strip());
        }
    }

    private static void oneOf(StringBuilder where, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.append(" and ").append(column).append(" in (").append(String.join(", ", java.util.Collections.nCopies(values.size(), "?")))
                    .append(')');
            params.addAll(values);
        }
    }

    /** Codes separated by commas; each a code (letters, digits, _ or -). */
    private static List<String> codes(String field, String value, List<Violation> violations) {
        if (!present(value)) {
            return List.of();
        }
        List<String> codes = Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty() || codes.stream().anyMatch(c -> !CODE.matcher(c).matches())) {
            violations.add(new Violation(field, "must be a code or codes separated by commas"));
            return List.of();
        }
        return codes;
    }

    private static Boolean bool(String field, String value, List<Violation> violations) {
        if (!present(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                violations.add(new Violation(field, "must be true or false"));
                yield null;
            }
        };
    }

    private static Integer positive(String field, String value, List<Violation> violations) {
        if (!present(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        violations.add(new Violation(field, "must be a whole number of 1 or more"));
        return null;
    }

    private static void ordered(String fromField, LocalDate from, String toField, LocalDate to, List<Violation> violations) {
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation(toField, "must not be before " + fromField));
        }
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date like 2026-03-02"));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static CaseSearchRow row(ResultSet rs, int i) throws SQLException {
        return new CaseSearchRow(rs.getString("case_no"), CaseType.valueOf(rs.getString("case_type")), rs.getString("title"),
                rs.getString("status"), CaseChannel.valueOf(rs.getString("channel")), rs.getString("filer_name"),
                rs.getString("party_name"), rs.getString("unit_code"), rs.getString("current_step"), instant(rs, "current_due"),
                rs.getBoolean("overdue"), instant(rs, "received_at"), instant(rs, "closed_at"));
    }

    private static Map<String, String> sortKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("receivedAt", "f.received_at");
        keys.put("caseNo", "f.case_no");
        keys.put("type", "f.case_type");
        keys.put("status", "f.status");
        keys.put("unit", "f.unit_code");
        keys.put("step", "f.current_step");
        keys.put("currentDue", "f.current_due");
        keys.put("closedAt", "f.closed_at");
        return java.util.Collections.unmodifiableMap(keys);
    }

    private record Query(String where, List<Object> params, String orderBy) {
    }

    private record Table(List<String> header, List<List<Object>> rows) {
    }
}
