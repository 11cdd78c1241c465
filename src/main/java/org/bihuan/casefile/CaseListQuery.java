package org.bihuan.casefile;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause every case list starts from: the case type, the caller's visibility, an optional status;
 * lifecycles add their own conditions and a free-text search over their columns, then page.
 */
public final class CaseListQuery {

    public static final int MAX_PAGE_SIZE = 200;

    private final StringBuilder where;
    private final List<Object> params;
    private final String alias;
    private final int page;
    private final int size;

    private CaseListQuery(StringBuilder where, List<Object> params, String alias, int page, int size) {
        this.where = where;
        this.alias = alias;
        this.params = params;
        this.page = page;
        this.size = size;
    }

    /** @param alias the alias of case_file in the caller's FROM clause */
    public static CaseListQuery of(CaseVisibility visibility, AppUser user, CaseType type, String alias, String status,
                                   int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        CaseVisibility.Filter filter = visibility.filter(user, type, alias);
        StringBuilder where = new StringBuilder(" where " + alias + ".case_type = '" + type.name() + "' and ").append(filter.sql());
        List<Object> params = new ArrayList<>(filter.params());
        CaseListQuery query = new CaseListQuery(where, params, alias, page, size);
        if (status != null && !status.isBlank()) {
            query.and(alias + ".status = ?", status);
        }
        return query;
    }

    public CaseListQuery and(String condition, Object param) {
        where.append(" and ").append(condition);
        params.add(param);
        return this;
    }

    /** Case-insensitive "contains" over the given columns; LIKE wildcards typed by the user match literally. */
    public CaseListQuery search(String q, String... columns) {
        if (q == null || q.isBlank()) {
            return this;
        }
        String like = containing(q);
        List<String> conditions = new ArrayList<>();
        for (String column : columns) {
            conditions.add("lower(" + column + ") like ?");
            params.add(like);
        }
        where.append(" and (").append(String.join(" or ", conditions)).append(")");
        return this;
    }

    /** A lower-case LIKE pattern for "contains": the wildcards a user typed match literally. */
    static String containing(String q) {
        return "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String where() {
        return where.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /**
     * Counts the matching cases and reads the requested page, joining the case file to the lifecycle's own table.
     *
     * @param lifecycleTable the lifecycle's table and its alias ("complaint c"), joined on case_no
     * @param columns        the select list, case file columns under the alias given to {@link #of}
     * @param orderBy        the ORDER BY clause (without the keywords), ending with a unique column so pages do not overlap
     */
    public <T> CasePage<T> page(JdbcClient jdbc, String lifecycleTable, String columns, String orderBy, RowMapper<T> row) {
        String from = "from case_file " + alias + " join " + lifecycleTable + " on " + lifecycleAlias(lifecycleTable) + ".case_no = " + alias + ".case_no";
        long total = jdbc.sql("select count(*) " + from + where).params(params()).query(Long.class).single();
        List<T> items = jdbc.sql("select " + columns + " " + from + where + " order by " + orderBy + " limit ? offset ?")
                .params(pageParams(page, size)).query(row).list();
        return new CasePage<>(items, page, size, total);
    }

    private static String lifecycleAlias(String lifecycleTable) {
        String[] parts = lifecycleTable.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("the lifecycle table is given as 'table alias', was " + lifecycleTable);
        }
        return parts[1];
    }

    /** The parameters followed by LIMIT and OFFSET for a page. */
    private List<Object> pageParams(int page, int size) {
        List<Object> all = new ArrayList<>(params);
        all.add(size);
        all.add((long) page * size);
        return all;
    }
}
