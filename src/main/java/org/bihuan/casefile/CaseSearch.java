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

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final String FROM = " from case_file f left join report_case r on r.case_no = f.case_no";

    private final JdbcClient jdbc;
    private final CaseVisibility visibility;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final CaseSearchProperties properties;

    CaseSearch(JdbcClient jdbc, CaseVisibility visibility, WorkingDayCalendar calendar, Users users, CaseSearchProperties properties) {
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
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("receivedTo", "must not be before receivedFrom"));
        }
        Boolean overdue = null;
        if (present(r.overdue())) {
            switch (r.overdue().strip().toLowerCase(Locale.ROOT)) {
                case "true" -> overdue = true;
                case "false" -> overdue = false;
                default -> violations.add(new Violation("overdue", "must be true or false"));
            }
        }
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
        equal(where, params, "f.status", r.status());
        equal(where, params, "f.unit_code", r.unit());
        equal(where, params, "f.current_step", r.step());
        if (overdue != null) {
            where.append(" and f.overdue = ?");
            params.add(overdue);
        }
        if (from != null) {
            where.append(" and f.received_at >= ?");
            params.add(from.atStartOfDay(calendar.zone()).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" and f.received_at < ?");
            params.add(to.plusDays(1).atStartOfDay(calendar.zone()).toOffsetDateTime());
        }
        String orderBy = sortColumn + " " + direction + " nulls last" + (sortColumn.equals("f.case_no") ? "" : ", f.case_no " + direction);
        return new Query(where.toString(), params, orderBy);
    }

    private static void equal(StringBuilder where, List<Object> params, String column, String value) {
        if (present(value)) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value.strip());
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
