package org.bihuan.supervision.stats;

import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.supervision.stats.KpiProperties.TypeRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the case file's reporting read model (report_case, report_step, report_recovery), never a lifecycle's
 * own tables, and fills one tally per unit; counts are aggregated in SQL, working days and the payment series in Java, where
 * the calendar is. The map's null key holds what has no unit yet: it counts in the total only.
 */
@Component
@Transactional(readOnly = true)
class StatsQueries {

    /** The instants that bound the period: [from 00:00, the day after to 00:00) in the calendar's zone. */
    record Period(LocalDate from, LocalDate to, Instant start, Instant end) {

        static Period of(LocalDate from, LocalDate to, ZoneId zone) {
            return new Period(from, to, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final KpiProperties properties;
    private final AgingBuckets aging;

    StatsQueries(JdbcClient jdbc, WorkingDayCalendar calendar, KpiProperties properties, AgingBuckets aging) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
        this.aging = aging;
    }

    /**
     * What the figures are grouped by: the unit (of the case, of the step, of the report) or the case's respondent
     * type. Each is a SQL expression over the aliases f (report_case), s (report_step) and p (report_recovery).
     */
    enum Grouping {
        UNIT("f.unit_code", "s.unit_code", "p.unit_code"),
        RESPONDENT_TYPE("f.party_type", "(select c.party_type from report_case c where c.case_no = s.case_no)",
                "(select c.party_type from report_case c where c.case_no = p.case_no)"),
        RESPONDENT("f.party_name", "(select c.party_name from report_case c where c.case_no = s.case_no)",
                "(select c.party_name from report_case c where c.case_no = p.case_no)");

        final String ofCase;
        final String ofStep;
        final String ofRecovery;

        Grouping(String ofCase, String ofStep, String ofRecovery) {
            this.ofCase = ofCase;
            this.ofStep = ofStep;
            this.ofRecovery = ofRecovery;
        }
    }

    /** A step due whose deadline was missed: done after it, or still open past it (cancelled steps never count). */
    static final String LATE_STEP = "s.cancelled_at is null and ((s.completed_at is not null and s.completed_at > s.due_at)"
            + " or (s.completed_at is null and s.due_at < :now))";

    /** @param unit null for every unit */
    Map<String, Tally> tallies(CaseType type, Period period, String unit, Instant now) {
        return tallies(type, period, unit == null ? null : List.of(unit), now, Grouping.UNIT);
    }

    /**
     * @param units the units whose cases and steps count, null for every unit (and the cases at none): one unit, or
     *              the units of a region
     */
    Map<String, Tally> tallies(CaseType type, Period period, Collection<String> units, Instant now, Grouping grouping) {
        Map<String, Tally> byUnit = new HashMap<>();
        TypeRules rules = properties.rules(type);
        received(type, rules, period, units, grouping, byUnit);
        closed(type, rules, period, units, grouping, byUnit);
        stepsDue(type, rules.signSteps(), period, units, now, grouping, byUnit, true);
        stepsDue(type, rules.onTimeSteps(), period, units, now, grouping, byUnit, false);
        overdueNow(type, units, now, grouping, byUnit);
        if (type == CaseType.COMPLAINT) {
            recoveredByMonth(period, units, grouping, byUnit);
        }
        return byUnit;
    }

    /**
     * The cases with a step (of the units) due in the period whose deadline was missed ({@link #LATE_STEP}), each
     * case once per group; the null key holds the steps of no unit. {@code total} counts each case once overall.
     */
    LateCases lateCases(List<CaseType> types, Period period, Collection<String> units, Instant now, Grouping grouping,
                        List<String> steps) {
        String from = " from report_step s where s.case_type in (:types) and s.due_at >= :start and s.due_at < :end and " + LATE_STEP
                + (units == null ? "" : " and s.unit_code in (:units)")
                + (steps == null ? "" : " and s.step_key in (:steps)");
        Map<String, Object> params = periodParams(null, period, units);
        params.put("types", types.stream().map(CaseType::name).toList());
        params.put("now", utc(now));
        if (steps != null) {
            params.put("steps", steps);
        }
        Map<String, Long> byGroup = new HashMap<>();
        jdbc.sql("select " + grouping.ofStep + " as grouped, count(distinct s.case_no) as late" + from + " group by " + grouping.ofStep)
                .params(params)
                .query((ResultSet rs) -> {
                    byGroup.put(rs.getString("grouped"), rs.getLong("late"));
                });
        long total = jdbc.sql("select count(distinct s.case_no)" + from).params(params).query(Long.class).single();
        return new LateCases(byGroup, total);
    }

    /** @param byGroup cases per group (null: steps of no unit); @param total each case once */
    record LateCases(Map<String, Long> byGroup, long total) {
    }

    /** The received-in-the-period counts alone (received, accepted, in scope, …, the amounts), by group. */
    Map<String, Tally> received(CaseType type, Period period, Collection<String> units, Grouping grouping) {
        Map<String, Tally> byGroup = new HashMap<>();
        received(type, properties.rules(type), period, units, grouping, byGroup);
        return byGroup;
    }

    /** An open step past its due instant: its case, its unit (null for none) and how many working days overdue. */
    record OpenOverdue(String caseNo, String unitCode, int workingDays) {
    }

    /** Every open step past its due instant, of the steps of these types (and units): the overdue list's and the aging figures' rows. */
    List<OpenOverdue> openOverdue(List<CaseType> types, Collection<String> units, Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        Map<String, Object> params = new HashMap<>();
        params.put("now", utc(now));
        params.put("types", types.stream().map(CaseType::name).toList());
        if (units != null) {
            params.put("units", units);
        }
        return jdbc.sql("""
                        select s.case_no, s.unit_code, s.due_at from report_step s
                        where s.completed_at is null and s.cancelled_at is null and s.due_at < :now and s.case_type in (:types)"""
                        + (units == null ? "" : " and s.unit_code in (:units)"))
                .params(params)
                .query((rs, i) -> new OpenOverdue(rs.getString("case_no"), rs.getString("unit_code"),
                        workingDaysOverdue(localDate(rs, "due_at"), today)))
                .list();
    }

    /** The cases with an open step at each 督办 level the step has reached (each case once per level). */
    Map<String, Long> openStepsByLevel(List<CaseType> types, Collection<String> units) {
        Map<String, Object> params = new HashMap<>();
        params.put("types", types.stream().map(CaseType::name).toList());
        if (units != null) {
            params.put("units", units);
        }
        Map<String, Long> byLevel = new HashMap<>();
        jdbc.sql("""
                        select s.escalation_level, count(distinct s.case_no) as cases from report_step s
                        where s.completed_at is null and s.cancelled_at is null and s.escalation_level is not null
                          and s.case_type in (:types)"""
                        + (units == null ? "" : " and s.unit_code in (:units)") + " group by s.escalation_level")
                .params(params)
                .query((ResultSet rs) -> {
                    byLevel.put(rs.getString("escalation_level"), rs.getLong("cases"));
                });
        return byLevel;
    }

    /** One week (Monday to Sunday): cases received, closed, and with a step due that week whose deadline was missed. */
    record Week(LocalDate monday, long received, long closed, long late) {
    }

    /**
     * Week by week from {@code firstMonday}: received (received_at in the week), closed (status among the closed
     * statuses of the types, closed_at in the week) and late ({@link #LATE_STEP}, due in the week), each case once a week.
     */
    List<Week> weekly(List<CaseType> types, LocalDate firstMonday, int weeks, Collection<String> units, Instant now) {
        Period range = Period.of(firstMonday, firstMonday.plusWeeks(weeks).minusDays(1), calendar.zone());
        Map<String, Object> params = periodParams(null, range, units);
        params.put("types", types.stream().map(CaseType::name).toList());
        params.put("closed", closedStatuses(types));
        params.put("now", utc(now));
        long[] received = new long[weeks];
        long[] closed = new long[weeks];
        List<java.util.Set<String>> late = new java.util.ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            late.add(new java.util.HashSet<>());
        }
        String unitsOfCase = units == null ? "" : " and f.unit_code in (:units)";
        jdbc.sql("select f.received_at from report_case f where f.case_type in (:types) and f.received_at >= :start"
                        + " and f.received_at < :end" + unitsOfCase)
                .params(params)
                .query((ResultSet rs) -> {
                    received[week(firstMonday, localDate(rs, "received_at"))]++;
                });
        jdbc.sql("select f.closed_at from report_case f where f.case_type in (:types) and f.status in (:closed)"
                        + " and f.closed_at >= :start and f.closed_at < :end" + unitsOfCase)
                .params(params)
                .query((ResultSet rs) -> {
                    closed[week(firstMonday, localDate(rs, "closed_at"))]++;
                });
        jdbc.sql("select s.case_no, s.due_at from report_step s where s.case_type in (:types) and s.due_at >= :start"
                        + " and s.due_at < :end and " + LATE_STEP + (units == null ? "" : " and s.unit_code in (:units)"))
                .params(params)
                .query((ResultSet rs) -> {
                    late.get(week(firstMonday, localDate(rs, "due_at"))).add(rs.getString("case_no"));
                });
        List<Week> series = new java.util.ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            series.add(new Week(firstMonday.plusWeeks(i), received[i], closed[i], late.get(i).size()));
        }
        return series;
    }

    /** The statuses that count as closed for any of these types (bihuan.kpi.&lt;type&gt;.closed). */
    List<String> closedStatuses(List<CaseType> types) {
        return types.stream().flatMap(t -> properties.rules(t).closed().stream()).distinct().toList();
    }

    private static int week(LocalDate firstMonday, LocalDate day) {
        return (int) (java.time.temporal.ChronoUnit.DAYS.between(firstMonday, day) / 7);
    }

    /** Working days after the due date up to today; a step that fell due earlier today counts as 1. */
    private int workingDaysOverdue(LocalDate due, LocalDate today) {
        return Math.max(1, calendar.workingDaysBetween(due, today));
    }

    private void received(CaseType type, TypeRules rules, Period period, Collection<String> units, Grouping grouping,
                          Map<String, Tally> byUnit) {
        jdbc.sql("select " + grouping.ofCase + " as grouped," + """
                               count(*) as received,
                               sum(case when f.status in (:accepted) then 1 else 0 end) as accepted,
                               sum(case when f.status in (:rejected) then 1 else 0 end) as rejected,
                               sum(case when f.status in (:inScope) then 1 else 0 end) as in_scope,
                               sum(case when f.status in (:underHandling) then 1 else 0 end) as under_handling,
                               sum(case when f.status in (:inScope) then f.amount_owed end) as amount_owed,
                               sum(case when f.status in (:inScope) then f.amount_recovered end) as amount_recovered
                        from report_case f
                        where f.case_type = :type and f.received_at >= :start and f.received_at < :end"""
                        + (units == null ? "" : " and f.unit_code in (:units)") + " group by " + grouping.ofCase)
                .param("accepted", rules.accepted()).param("rejected", rules.rejected())
                .param("inScope", rules.inScope()).param("underHandling", rules.underHandling())
                .params(periodParams(type, period, units))
                .query((ResultSet rs) -> {
                    Tally t = tally(byUnit, rs.getString("grouped"));
                    t.received += rs.getLong("received");
                    t.accepted += rs.getLong("accepted");
                    t.rejected += rs.getLong("rejected");
                    t.inScope += rs.getLong("in_scope");
                    t.underHandling += rs.getLong("under_handling");
                    t.amountOwed = t.amountOwed.add(amount(rs, "amount_owed"));
                    t.amountRecovered = t.amountRecovered.add(amount(rs, "amount_recovered"));
                });
    }

    private void closed(CaseType type, TypeRules rules, Period period, Collection<String> units, Grouping grouping,
                        Map<String, Tally> byUnit) {
        String closedInPeriod = " from report_case f"
                + " where f.case_type = :type and f.status in (:closed) and f.closed_at >= :start and f.closed_at < :end"
                + (units == null ? "" : " and f.unit_code in (:units)");
        jdbc.sql("select " + grouping.ofCase + " as grouped," + """
                               count(*) as closed,
                               sum(case when f.satisfaction in (:evaluated) then 1 else 0 end) as evaluated,
                               sum(case when f.satisfaction in (:satisfied) then 1 else 0 end) as satisfied,
                               sum(case when f.rehandle_count > 0 then 1 else 0 end) as rehandled"""
                        + closedInPeriod + " group by " + grouping.ofCase)
                .param("closed", rules.closed())
                .param("evaluated", properties.satisfaction().evaluated())
                .param("satisfied", properties.satisfaction().satisfied())
                .params(periodParams(type, period, units))
                .query((ResultSet rs) -> {
                    Tally t = tally(byUnit, rs.getString("grouped"));
                    t.closed += rs.getLong("closed");
                    t.evaluated += rs.getLong("evaluated");
                    t.satisfied += rs.getLong("satisfied");
                    t.rehandled += rs.getLong("rehandled");
                });
        // working days need the holiday calendar, so the closed cases' two dates come back row by row
        jdbc.sql("select " + grouping.ofCase + " as grouped, f.received_at, f.closed_at" + closedInPeriod)
                .param("closed", rules.closed())
                .params(periodParams(type, period, units))
                .query((ResultSet rs) -> {
                    LocalDate received = localDate(rs, "received_at");
                    LocalDate closed = localDate(rs, "closed_at");
                    tally(byUnit, rs.getString("grouped")).workingDaysToClose += calendar.workingDaysBetween(received, closed);
                });
    }

    /** Steps due in the period that are decided: done (in time or late) or past due and still open; cancelled ones never count. */
    private void stepsDue(CaseType type, List<String> steps, Period period, Collection<String> units, Instant now,
                          Grouping grouping, Map<String, Tally> byUnit, boolean signing) {
        jdbc.sql("select " + grouping.ofStep + " as grouped," + """
                               count(*) as due,
                               sum(case when s.completed_at is not null and s.completed_at <= s.due_at then 1 else 0 end) as in_time
                        from report_step s
                        where s.case_type = :type and s.step_key in (:steps) and s.cancelled_at is null
                          and s.due_at >= :start and s.due_at < :end
                          and (s.completed_at is not null or s.due_at < :now)"""
                        + (units == null ? "" : " and s.unit_code in (:units)") + " group by " + grouping.ofStep)
                .param("steps", steps)
                .param("now", utc(now))
                .params(periodParams(type, period, units))
                .query((ResultSet rs) -> {
                    Tally t = tally(byUnit, rs.getString("grouped"));
                    if (signing) {
                        t.signDue += rs.getLong("due");
                        t.signedInTime += rs.getLong("in_time");
                    } else {
                        t.replyDue += rs.getLong("due");
                        t.repliedInTime += rs.getLong("in_time");
                    }
                });
    }

    private void overdueNow(CaseType type, Collection<String> units, Instant now, Grouping grouping, Map<String, Tally> byUnit) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        jdbc.sql("select " + grouping.ofStep + " as grouped, s.due_at" + """
                         from report_step s
                        where s.completed_at is null and s.cancelled_at is null and s.due_at < :now
                          and s.case_type = :type and s.unit_code is not null"""
                        + (units == null ? "" : " and s.unit_code in (:units)"))
                .param("now", utc(now))
                .param("type", type.name())
                .params(units == null ? Map.of() : Map.of("units", units))
                .query((ResultSet rs) -> {
                    int days = workingDaysOverdue(localDate(rs, "due_at"), today);
                    tally(byUnit, rs.getString("grouped")).overdueByBucket[aging.indexOf(days)]++;
                });
    }

    /**
     * report_recovery holds the running total a unit reported; what was recovered with one report is that
     * total minus the case's previous report (before or in the period), counted at the reporting unit.
     */
    private void recoveredByMonth(Period period, Collection<String> units, Grouping grouping, Map<String, Tally> byUnit) {
        String[] previous = {null};
        BigDecimal[] previousTotal = {BigDecimal.ZERO};
        jdbc.sql("""
                        select p.case_no, p.unit_code, p.recorded_at, p.running_total,""" + " " + grouping.ofRecovery + " as grouped" + """
                         from report_recovery p
                        where p.recorded_at < :end and p.case_no in (
                            select q.case_no from report_recovery q where q.recorded_at >= :start and q.recorded_at < :end"""
                        + (units == null ? "" : " and q.unit_code in (:units)") + ") order by p.case_no, p.seq")
                .params(periodParams(CaseType.COMPLAINT, period, units))
                .query((ResultSet rs) -> {
                    String caseNo = rs.getString("case_no");
                    if (!caseNo.equals(previous[0])) {
                        previous[0] = caseNo;
                        previousTotal[0] = BigDecimal.ZERO;
                    }
                    BigDecimal total = rs.getBigDecimal("running_total");
                    BigDecimal recovered = total.subtract(previousTotal[0]);
                    previousTotal[0] = total;
                    Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
                    String reportingUnit = rs.getString("unit_code");
                    if (!at.isBefore(period.start()) && (units == null || units.contains(reportingUnit))) {
                        tally(byUnit, rs.getString("grouped")).addRecovered(YearMonth.from(at.atZone(calendar.zone())), recovered);
                    }
                });
    }

    private Tally tally(Map<String, Tally> byUnit, String unit) {
        return byUnit.computeIfAbsent(unit, u -> new Tally(aging.buckets().size()));
    }

    private static Map<String, Object> periodParams(CaseType type, Period period, Collection<String> units) {
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            params.put("type", type.name());
        }
        params.put("start", utc(period.start()));
        params.put("end", utc(period.end()));
        if (units != null) {
            params.put("units", units);
        }
        return params;
    }

    private LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(rs.getObject(column, OffsetDateTime.class), column).atZoneSameInstant(calendar.zone()).toLocalDate();
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

}
