package org.bihuan.supervision;

import org.bihuan.casefile.CaseSearchRequest;
import org.bihuan.casefile.CaseType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the supervisors' dashboard shows ({@link Dashboards}): tables of figures, each the accessible form of one chart
 * and the content of its CSV/XLSX download. Every count carries the case search ({@code GET /api/cases}, the workbench's
 * case search page) that lists exactly the cases it counted.
 */
public final class Dashboard {

    public static final String OVERDUE = "overdue";
    public static final String WEEKLY = "weekly";
    /** one table per case type: units-COMPLAINT, units-PROPOSAL */
    public static final String UNITS = "units";
    public static final String LADDER = "ladder";
    public static final String RESPONDENTS = "respondents";
    /** one table per case type: comparison-COMPLAINT, comparison-PROPOSAL */
    public static final String COMPARISON = "comparison";
    /** the monthly report's two tables */
    public static final String BY_UNIT = "byUnit";
    public static final String BY_RESPONDENT_TYPE = "byRespondentType";

    private Dashboard() {
    }

    /**
     * The dashboard as asked for and allowed.
     *
     * @param type the one case type asked for; null for every type the reader may see
     * @param unit the one unit asked for; null for every unit in the reader's scope
     */
    /** @param region a region of the administrative-division tree (its code), or null: the units in it and below it */
    public record Filter(LocalDate from, LocalDate to, CaseType type, String unit, LocalDate previousFrom, LocalDate previousTo,
                         String region) {

        public Filter withRegion(String region) {
            return new Filter(from, to, type, unit, previousFrom, previousTo, region == null || region.isBlank() ? null : region.strip());
        }
    }

    /**
     * What a reader may see: these case types, and of the units either all ({@code units} null) or these — a unit head's
     * own unit; the one place a region (a set of unit codes) narrows every figure.
     *
     * @param unitFixed the reader cannot choose another unit (a unit head)
     */
    public record Scope(List<CaseType> types, Set<String> units, boolean unitFixed) {

        public Scope {
            types = List.copyOf(types);
            units = units == null ? null : Set.copyOf(units);
        }

        /** The one case type shown, or null when several are. */
        public CaseType onlyType() {
            return types.size() == 1 ? types.get(0) : null;
        }
    }

    /** @param tables in the order the page shows them */
    public record View(Filter filter, Scope scope, List<Table> tables, Instant generatedAt) {

        public Table table(String key) {
            return tables.stream().filter(t -> t.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no dashboard table " + key));
        }
    }

    /**
     * One chart and its table.
     *
     * @param key   which figure: {@link #OVERDUE}, {@link #WEEKLY}, {@link #UNITS}-type, {@link #LADDER},
     *              {@link #RESPONDENTS}, {@link #COMPARISON}-type; {@link #BY_UNIT}, {@link #BY_RESPONDENT_TYPE}
     * @param type  the case type of a table that is about one type (the unit rates, the comparison); null otherwise
     * @param chart how the page draws it: {@code stacked-bar}, {@code line}, {@code grouped-bar}, {@code bar}, {@code hbar},
     *              or {@code none} (a table only)
     * @param total the total row; null where the table has none
     */
    public record Table(String key, CaseType type, String chart, List<Column> columns, List<Row> rows, Row total) {

        public Row row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row " + key + " in " + this.key));
        }

        public int column(String key) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(key)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + key + " in " + this.key);
        }
    }

    /**
     * @param unit       COUNT, PERCENT, AMOUNT (CNY)
     * @param definition how the figure is computed (bihuan.kpi's text, or a message); null where the heading says it
     * @param charted    drawn in the chart (the table may hold more, such as amounts next to rates)
     */
    public record Column(String key, Text label, Text definition, String unit, boolean charted) {
    }

    /** @param kind UNIT, WEEK, LEVEL, RESPONDENT, FIGURE, TOTAL: what the label names */
    public record Row(String key, String kind, Text label, List<Cell> cells) {

        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    /**
     * One figure. A count is {@code value} with {@code link}; a rate is {@code value} in percent (null when its
     * denominator is 0) with the numerator and denominator as counts of their own; an amount is {@code value} with
     * the link to the cases whose amounts it sums. The monthly report's cells carry no links (it is a file).
     *
     * @param unit COUNT, PERCENT, WORKING_DAYS, AMOUNT (CNY) or SCORE
     */
    public record Cell(BigDecimal value, String unit, Count numerator, Count denominator, CaseSearchRequest link) {

        public static Cell count(long value, CaseSearchRequest link) {
            return new Cell(BigDecimal.valueOf(value), "COUNT", null, null, link);
        }
    }

    /** A count of cases and the search that lists exactly them. */
    public record Count(long value, CaseSearchRequest link) {
    }

    /**
     * A text the page shows: a message key with its arguments (the page's bundles), or words from the data or the
     * configuration (a unit's name, a figure's label and definition from bihuan.kpi) in Chinese and, where given, English.
     */
    public record Text(String key, List<Object> args, String zh, String en) {

        public static Text message(String key, Object... args) {
            return new Text(key, Arrays.asList(args), null, null);
        }

        public static Text words(String zh, String en) {
            return new Text(null, List.of(), zh, en);
        }

        public String in(boolean english) {
            return english && en != null ? en : zh;
        }
    }
}
