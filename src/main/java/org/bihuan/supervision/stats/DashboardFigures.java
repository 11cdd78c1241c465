package org.bihuan.supervision.stats;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseSearchRequest;
import org.bihuan.casefile.CaseType;
import org.bihuan.supervision.Dashboard;
import org.bihuan.supervision.Dashboard.Cell;
import org.bihuan.supervision.Dashboard.Column;
import org.bihuan.supervision.Dashboard.Count;
import org.bihuan.supervision.Dashboard.Row;
import org.bihuan.supervision.Dashboard.Table;
import org.bihuan.supervision.Dashboard.Text;
import org.bihuan.supervision.stats.KpiProperties.TypeRules;
import org.bihuan.supervision.stats.StatsReport.Figure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's and the monthly report's figures, from the same queries as {@code /api/stats} (the case file's
 * reporting read model): the KPI figures are the stats service's own, the others share its conditions. Each count
 * comes with the case search that lists exactly the cases it counted, built from the same bihuan.kpi lists.
 */
@Component
@Transactional(readOnly = true)
public class DashboardFigures {

    /** The rates each unit's row shows (and the chart draws), then the amount recovered for complaints. */
    static final List<String> UNIT_RATES = List.of("responseRate", "onTimeRate", "satisfactionRate", "rehandleRate");
    static final List<String> COMPARED = List.of("received", "accepted", "closed", "responseRate", "onTimeRate",
            "satisfactionRate", "rehandleRate");
    /** The monthly report's columns, in the order a province's form asks for them. */
    static final List<String> MONTHLY = List.of("received", "inScope", "accepted", "closed", "underHandling",
            "recoveredInPeriod", "late");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final StatsQueries queries;
    private final StatsService stats;
    private final KpiProperties properties;
    private final AgingBuckets aging;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DashboardFigures(StatsQueries queries, StatsService stats, KpiProperties properties, AgingBuckets aging,
                     WorkingDayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.stats = stats;
        this.properties = properties;
        this.aging = aging;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The filter the page's parameters ask for, checked as {@code /api/stats} checks them: from and to (default: this
     * month to date), type, unit; with the period before it, as {@code /api/stats/comparison} compares.
     */
    public Dashboard.Filter filter(String from, String to, String type, String unit) {
        StatsRequest request = StatsRequest.parse(from, to, unit, type, stats.today(), stats::unitExists);
        StatsRequest previous = request.previous();
        return new Dashboard.Filter(request.from(), request.to(), request.type().orElse(null), request.unit(),
                previous.from(), previous.to(), null);
    }

    /** The first and last day of a month, checked: a month that has not begun yet has nothing to report. */
    public Dashboard.Filter month(YearMonth month, CaseType type) {
        if (month.isAfter(YearMonth.from(stats.today()))) {
            throw new org.bihuan.domain.InvalidRequestException("month", "must not be after this month");
        }
        Dashboard.Filter filter = filter(month.atDay(1).toString(), month.atEndOfMonth().toString(), type.name(), null);
        return filter;
    }

    public Dashboard.View view(Dashboard.Filter filter, Dashboard.Scope scope, Map<String, String> levels, int weeks,
                               int respondents) {
        Instant now = clock.instant();
        Links links = new Links(filter, scope);
        List<Table> tables = new ArrayList<>();
        tables.add(overdue(links, now));
        tables.add(weekly(links, now, weeks));
        for (CaseType type : links.types) {
            tables.add(units(links, type));
        }
        tables.add(ladder(links, levels));
        if (links.types.contains(CaseType.COMPLAINT)) {
            tables.add(respondents(links, now, respondents));
        }
        for (CaseType type : links.types) {
            tables.add(comparison(links, type));
        }
        return new Dashboard.View(filter, scope, tables, now);
    }

    /**
     * The report a province asks of its cities for one month of complaints: counts received, in scope, accepted,
     * closed, under handling (正在核实处理), the amount recovered in the month and the cases with a deadline missed in
     * the month, by unit and by respondent type, each with its total.
     */
    public List<Table> monthly(Dashboard.Filter month, Dashboard.Scope scope) {
        Instant now = clock.instant();
        Links links = new Links(month, scope);
        return List.of(monthly(links, now, StatsQueries.Grouping.UNIT, Dashboard.BY_UNIT),
                monthly(links, now, StatsQueries.Grouping.RESPONDENT_TYPE, Dashboard.BY_RESPONDENT_TYPE));
    }

    // --- the tables ---------------------------------------------------------------------------------------------

    /** Cases overdue now, by the unit of the overdue step and how far past its due date (each case once per cell). */
    private Table overdue(Links links, Instant now) {
        List<AgingBuckets.Bucket> buckets = aging.buckets();
        Map<String, List<Set<String>>> byUnit = new TreeMap<>();
        List<Set<String>> total = emptySets(buckets.size() + 1);
        for (StatsQueries.OpenOverdue step : queries.openOverdue(links.types, links.units, now)) {
            int bucket = aging.indexOf(step.workingDays());
            if (step.unitCode() != null) {
                List<Set<String>> cells = byUnit.computeIfAbsent(step.unitCode(), u -> emptySets(buckets.size() + 1));
                cells.get(bucket).add(step.caseNo());
                cells.get(buckets.size()).add(step.caseNo());
            }
            total.get(bucket).add(step.caseNo());
            total.get(buckets.size()).add(step.caseNo());
        }
        List<Column> columns = new ArrayList<>();
        for (AgingBuckets.Bucket bucket : buckets) {
            columns.add(new Column(bucket.key(), Text.message("dashboard.column.aging", bucket.range()), null, "COUNT", true));
        }
        columns.add(new Column("overdueCases", Text.message("dashboard.column.overdueCases"), null, "COUNT", false));
        Function<String, List<Cell>> cells = unit -> {
            List<Set<String>> sets = unit == null ? total : byUnit.get(unit);
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                Integer highest = aging.highest(i);
                row.add(Cell.count(sets.get(i).size(), links.steps(null, unit, "overdueDaysMin", String.valueOf(aging.lowest(i)),
                        "overdueDaysMax", highest == null ? null : String.valueOf(highest))));
            }
            row.add(Cell.count(sets.get(buckets.size()).size(), links.steps(null, unit, "stepState", "OVERDUE")));
            return row;
        };
        Map<String, String> names = stats.unitNames();
        List<Row> rows = byUnit.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Set<String>>> e) -> -e.getValue().get(buckets.size()).size())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Row(e.getKey(), "UNIT", Text.words(names.getOrDefault(e.getKey(), e.getKey()), null), cells.apply(e.getKey())))
                .toList();
        return new Table(Dashboard.OVERDUE, null, "stacked-bar", columns, rows, new Row("total", "TOTAL", Text.message("dashboard.total"),
                cells.apply(null)));
    }

    /** Received, closed and cases with a missed deadline, week by week up to this week. */
    private Table weekly(Links links, Instant now, int weeks) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        LocalDate firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        String closed = String.join(",", queries.closedStatuses(links.types));
        List<Row> rows = new ArrayList<>();
        for (StatsQueries.Week week : queries.weekly(links.types, firstMonday, weeks, links.units, now)) {
            String monday = week.monday().toString();
            String sunday = week.monday().plusDays(6).toString();
            rows.add(new Row(monday, "WEEK", Text.message("dashboard.week", DAY.format(week.monday()), DAY.format(week.monday().plusDays(6))),
                    List.of(Cell.count(week.received(), links.cases(null, null, "receivedFrom", monday, "receivedTo", sunday)),
                            Cell.count(week.closed(), links.cases(null, null, "status", closed, "closedFrom", monday, "closedTo", sunday)),
                            Cell.count(week.late(), links.steps(null, null, "stepDueFrom", monday, "stepDueTo", sunday, "stepState", "LATE")))));
        }
        List<Column> columns = List.of(
                new Column("received", Text.message("dashboard.column.received"), Text.message("dashboard.definition.weekReceived"), "COUNT", true),
                new Column("closed", Text.message("dashboard.column.closed"), Text.message("dashboard.definition.weekClosed", closed), "COUNT", true),
                new Column("late", Text.message("dashboard.column.late"), Text.message("dashboard.definition.weekLate"), "COUNT", true));
        return new Table(Dashboard.WEEKLY, null, "line", columns, rows, null);
    }

    /** Each unit's rates of one case type (and the amount recovered, for complaints), as bihuan.kpi defines them. */
    private Table units(Links links, CaseType type) {
        StatsReport.Section section = stats.report(links.filter.from(), links.filter.to(), links.units, List.of(type)).sections().get(0);
        List<String> keys = new ArrayList<>(UNIT_RATES);
        if (type == CaseType.COMPLAINT) {
            keys.add("amountRecovered");
        }
        List<Column> columns = keys.stream().map(key -> {
            Figure f = section.total().figure(key);
            return new Column(key, Text.words(f.label(), f.labelEn()), Text.words(f.definition(), f.definitionEn()), f.unit(),
                    UNIT_RATES.contains(key));
        }).toList();
        Function<StatsReport.Row, List<Cell>> cells = row -> keys.stream()
                .map(key -> links.figure(type, row.unitCode(), row.figure(key), links.filter.from(), links.filter.to())).toList();
        List<Row> rows = section.rows().stream()
                .map(r -> new Row(r.unitCode(), "UNIT", Text.words(r.unitName(), null), cells.apply(r))).toList();
        return new Table(Dashboard.UNITS + "-" + type.name(), type, "grouped-bar", columns, rows,
                new Row("total", "TOTAL", Text.message("dashboard.total"), cells.apply(section.total())));
    }

    /** How many cases have an open step at each level of the 督办 ladder. */
    private Table ladder(Links links, Map<String, String> levels) {
        Map<String, Long> byLevel = queries.openStepsByLevel(links.types, links.units);
        List<Row> rows = levels.entrySet().stream().map(level -> new Row(level.getKey(), "LEVEL",
                new Text("dashboard.level." + level.getKey(), List.of(), level.getValue(), null),
                List.of(Cell.count(byLevel.getOrDefault(level.getKey(), 0L),
                        links.steps(null, null, "stepState", "OPEN", "escalation", level.getKey()))))).toList();
        return new Table(Dashboard.LADDER, null, "bar", List.of(new Column("cases", Text.message("dashboard.column.ladderCases"),
                Text.message("dashboard.definition.ladder"), "COUNT", true)), rows, null);
    }

    /**
     * The respondents (被投诉人) with the most complaints received in the period and with the most complaints whose reply
     * step (bihuan.kpi.complaint.on-time-steps) due in the period missed its deadline.
     */
    private Table respondents(Links links, Instant now, int top) {
        StatsQueries.Period period = links.period();
        List<String> replySteps = properties.rules(CaseType.COMPLAINT).onTimeSteps();
        Map<String, Tally> received = queries.received(CaseType.COMPLAINT, period, links.units, StatsQueries.Grouping.RESPONDENT);
        Map<String, Long> late = queries.lateCases(List.of(CaseType.COMPLAINT), period, links.units, now,
                StatsQueries.Grouping.RESPONDENT, replySteps).byGroup();
        Set<String> names = new LinkedHashSet<>();
        received.entrySet().stream().filter(e -> e.getKey() != null)
                .sorted(Comparator.comparing((Map.Entry<String, Tally> e) -> -e.getValue().received).thenComparing(Map.Entry::getKey))
                .limit(top).forEach(e -> names.add(e.getKey()));
        late.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(top).forEach(e -> names.add(e.getKey()));
        String from = links.filter.from().toString();
        String to = links.filter.to().toString();
        List<Row> rows = names.stream().map(name -> new Row(name, "RESPONDENT", Text.words(name, null), List.of(
                Cell.count(received.containsKey(name) ? received.get(name).received : 0,
                        links.cases(CaseType.COMPLAINT, null, "respondent", name, "receivedFrom", from, "receivedTo", to)),
                Cell.count(late.getOrDefault(name, 0L), links.steps(CaseType.COMPLAINT, null, "respondent", name,
                        "stepKey", String.join(",", replySteps), "stepDueFrom", from, "stepDueTo", to, "stepState", "LATE")))))
                .toList();
        return new Table(Dashboard.RESPONDENTS, CaseType.COMPLAINT, "hbar", List.of(
                new Column("complaints", Text.message("dashboard.column.complaints"), Text.message("dashboard.definition.respondentComplaints"), "COUNT", true),
                new Column("lateAnswers", Text.message("dashboard.column.lateAnswers"),
                        Text.message("dashboard.definition.respondentLate", String.join("/", replySteps)), "COUNT", true)), rows, null);
    }

    /** This period against the one before, the totals of one case type, figure by figure. */
    private Table comparison(Links links, CaseType type) {
        Dashboard.Filter f = links.filter;
        StatsReport.Row current = stats.report(f.from(), f.to(), links.units, List.of(type)).sections().get(0).total();
        StatsReport.Row previous = stats.report(f.previousFrom(), f.previousTo(), links.units, List.of(type)).sections().get(0).total();
        List<String> keys = new ArrayList<>(COMPARED);
        if (type == CaseType.COMPLAINT) {
            keys.add("amountRecovered");
        }
        List<Row> rows = keys.stream().map(key -> {
            Figure figure = current.figure(key);
            return new Row(key, "FIGURE", Text.words(figure.label(), figure.labelEn()), List.of(
                    links.figure(type, null, figure, f.from(), f.to()),
                    links.figure(type, null, previous.figure(key), f.previousFrom(), f.previousTo())));
        }).toList();
        return new Table(Dashboard.COMPARISON + "-" + type.name(), type, "none", List.of(
                new Column("current", Text.message("dashboard.column.period", f.from().toString(), f.to().toString()), null, null, false),
                new Column("previous", Text.message("dashboard.column.period", f.previousFrom().toString(), f.previousTo().toString()),
                        null, null, false)), rows, null);
    }

    private Table monthly(Links links, Instant now, StatsQueries.Grouping grouping, String key) {
        CaseType type = CaseType.COMPLAINT;
        StatsQueries.Period period = links.period();
        Map<String, Tally> tallies = queries.tallies(type, period, links.units, now, grouping);
        StatsQueries.LateCases late = queries.lateCases(List.of(type), period, links.units, now, grouping, null);
        Scorecard scorecard = new Scorecard(properties, type);
        Tally total = new Tally(aging.buckets().size());
        tallies.values().forEach(total::add);
        Set<String> groups = new java.util.TreeSet<>();
        tallies.keySet().stream().filter(java.util.Objects::nonNull).forEach(groups::add);
        late.byGroup().keySet().stream().filter(java.util.Objects::nonNull).forEach(groups::add);
        if (grouping == StatsQueries.Grouping.UNIT && links.units != null) {
            groups.addAll(links.units);
        }
        List<Figure> totals = scorecard.figures(total);
        List<Column> columns = MONTHLY.stream().map(k -> k.equals("late")
                ? new Column(k, Text.message("dashboard.column.late"), Text.message("dashboard.definition.monthLate"), "COUNT", false)
                : column(totals, k)).toList();
        Map<String, String> names = stats.unitNames();
        List<Row> rows = new ArrayList<>();
        boolean byUnit = grouping == StatsQueries.Grouping.UNIT;
        for (String group : groups) {
            List<Figure> figures = scorecard.figures(tallies.getOrDefault(group, new Tally(aging.buckets().size())));
            Text label = byUnit ? Text.words(names.getOrDefault(group, group), null)
                    : new Text("respondentType." + group, List.of(), group, null);
            rows.add(new Row(group, byUnit ? "UNIT" : "RESPONDENT_TYPE", label, monthlyCells(links, figures,
                    late.byGroup().getOrDefault(group, 0L), byUnit ? group : null, byUnit ? null : group)));
        }
        Row totalRow = new Row("total", "TOTAL", Text.message("dashboard.total"), monthlyCells(links, totals, late.total(), null, null));
        return new Table(key, type, "none", columns, rows, totalRow);
    }

    /** A row of the monthly report: one unit's or one respondent type's (or the total, both null), each count linked. */
    private static List<Cell> monthlyCells(Links links, List<Figure> figures, long late, String unit, String respondentType) {
        CaseType type = CaseType.COMPLAINT;
        String from = links.filter.from().toString();
        String to = links.filter.to().toString();
        return MONTHLY.stream().map(key -> {
            if (key.equals("late")) {
                return Cell.count(late, links.steps(type, unit, "respondentType", respondentType, "stepDueFrom", from, "stepDueTo", to,
                        "stepState", "LATE"));
            }
            Figure figure = find(figures, key);
            if (key.equals("recoveredInPeriod")) {
                // what the 清欠台账 recorded in the month: amounts reported, not cases a search lists
                return new Cell(figure.value(), figure.unit(), null, null, null);
            }
            return links.figure(type, unit, figure, links.filter.from(), links.filter.to(), "respondentType", respondentType);
        }).toList();
    }

    private static Column column(List<Figure> figures, String key) {
        Figure f = find(figures, key);
        return new Column(key, Text.words(f.label(), f.labelEn()), Text.words(f.definition(), f.definitionEn()), f.unit(), false);
    }

    private static Figure find(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(key));
    }

    private static List<Set<String>> emptySets(int count) {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(new HashSet<>());
        }
        return sets;
    }

    /**
     * The case searches behind the figures, restricted as the figures are: to the case types shown and to the units in
     * scope. The one place that turns the scope into search criteria: a region (several units) needs the search's
     * criterion for a set of units here.
     */
    private final class Links {

        final Dashboard.Filter filter;
        final List<CaseType> types;
        /** null: every unit */
        final Collection<String> units;

        /** criteria every link of this one carries, in pairs (name, value) */
        final String[] always;

        Links(Dashboard.Filter filter, Dashboard.Scope scope) {
            this.filter = filter;
            this.types = filter.type() != null ? List.of(filter.type()) : scope.types();
            this.units = filter.unit() != null ? Set.of(filter.unit()) : scope.units();
            this.always = new String[0];
        }

        private Links(Links links, String... always) {
            this.filter = links.filter;
            this.types = links.types;
            this.units = links.units;
            this.always = always;
        }

        StatsQueries.Period period() {
            return StatsQueries.Period.of(filter.from(), filter.to(), calendar.zone());
        }

        /** A search for cases (of the unit the case is with). */
        CaseSearchRequest cases(CaseType type, String unit, String... criteria) {
            return request(type, "unit", unit, criteria);
        }

        /** A search for cases with a step (of the step's unit) as the criteria say. */
        CaseSearchRequest steps(CaseType type, String unit, String... criteria) {
            return request(type, "stepUnit", unit, criteria);
        }

        private CaseSearchRequest request(CaseType type, String unitCriterion, String unit, String... criteria) {
            Map<String, String> parameters = new LinkedHashMap<>();
            CaseType only = type != null ? type : types.size() == 1 ? types.get(0) : null;
            if (only != null) {
                parameters.put("type", only.name());
            }
            String inScope = unit != null ? unit : scopeUnit();
            if (inScope != null) {
                parameters.put(unitCriterion, inScope);
            }
            for (String[] pairs : List.of(always, criteria)) {
                for (int i = 0; i < pairs.length; i += 2) {
                    if (pairs[i + 1] != null) {
                        parameters.put(pairs[i], pairs[i + 1]);
                    }
                }
            }
            return CaseSearchRequest.fromParameters(parameters);
        }

        /** The scope's units as the search takes them: one code, or several separated by commas (a region's). */
        private String scopeUnit() {
            return units == null ? null : String.join(",", new java.util.TreeSet<>(units));
        }

        /**
         * A KPI figure of one unit (null: all in scope) and period as a cell, its counts linked; {@code more} are further
         * criteria of every link (name, value; a null value adds none).
         */
        Cell figure(CaseType type, String unit, Figure figure, LocalDate from, LocalDate to, String... more) {
            Links narrowed = more.length == 0 ? this : new Links(this, more);
            return narrowed.linkedFigure(type, unit, figure, from, to);
        }

        private Cell linkedFigure(CaseType type, String unit, Figure figure, LocalDate from, LocalDate to) {
            TypeRules rules = properties.rules(type);
            String start = from.toString();
            String end = to.toString();
            String closed = String.join(",", rules.closed());
            return switch (figure.key()) {
                case "received" -> count(figure, cases(type, unit, "receivedFrom", start, "receivedTo", end));
                case "accepted" -> count(figure, cases(type, unit, "status", String.join(",", rules.accepted()), "receivedFrom", start, "receivedTo", end));
                case "rejected" -> count(figure, cases(type, unit, "status", String.join(",", rules.rejected()), "receivedFrom", start, "receivedTo", end));
                case "inScope", "amountOwed", "amountRecovered" ->
                        count(figure, cases(type, unit, "status", String.join(",", rules.inScope()), "receivedFrom", start, "receivedTo", end));
                case "underHandling" -> count(figure, cases(type, unit, "status", String.join(",", rules.underHandling()), "receivedFrom", start, "receivedTo", end));
                case "closed" -> count(figure, cases(type, unit, "status", closed, "closedFrom", start, "closedTo", end));
                case "responseRate", "onTimeRate" -> {
                    String steps = String.join(",", figure.key().equals("responseRate") ? rules.signSteps() : rules.onTimeSteps());
                    yield rate(figure, steps(type, unit, "stepKey", steps, "stepDueFrom", start, "stepDueTo", end, "stepState", "IN_TIME"),
                            steps(type, unit, "stepKey", steps, "stepDueFrom", start, "stepDueTo", end, "stepState", "DECIDED"));
                }
                case "satisfactionRate" -> rate(figure,
                        cases(type, unit, "status", closed, "closedFrom", start, "closedTo", end,
                                "satisfaction", String.join(",", properties.satisfaction().satisfied())),
                        cases(type, unit, "status", closed, "closedFrom", start, "closedTo", end,
                                "satisfaction", String.join(",", properties.satisfaction().evaluated())));
                case "rehandleRate" -> rate(figure,
                        cases(type, unit, "status", closed, "closedFrom", start, "closedTo", end, "rehandled", "true"),
                        cases(type, unit, "status", closed, "closedFrom", start, "closedTo", end));
                default -> throw new IllegalArgumentException("the dashboard links no figure " + figure.key());
            };
        }

        private Cell count(Figure figure, CaseSearchRequest link) {
            return new Cell(figure.value(), figure.unit(), null, null, link);
        }

        private Cell rate(Figure figure, CaseSearchRequest numerator, CaseSearchRequest denominator) {
            return new Cell(figure.value(), figure.unit(), new Count(figure.numerator().longValue(), numerator),
                    new Count(figure.denominator().longValue(), denominator), null);
        }
    }
}
