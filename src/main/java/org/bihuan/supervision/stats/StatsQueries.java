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

    /** @param unit null for every unit */
    Map<String, Tally> tallies(CaseType type, Period period, String unit, Instant now) {
        Map<String, Tally> byUnit = new HashMap<>();
        TypeRules rules = properties.rules(type);
        received(type, rules, period, unit, byUnit);
        closed(type, rules, period, unit, byUnit);
        stepsDue(type, rules.signSteps(), period, unit, now, byUnit, true);
        stepsDue(type, rules.onTimeSteps(), period, unit, now, byUnit, false);
        overdueNow(type, unit, now, byUnit);
        if (type == CaseType.COMPLAINT) {
            recoveredByMonth(period, unit, byUnit);
        }
        return byUnit;
    }

    private void received(CaseType type, TypeRules rules, Period period, String unit, Map<String, Tally> byUnit) {
        jdbc.sql("""
                        select f.unit_code,
                               count(*) as received,
                               sum(case when f.status in (:accepted) then 1 else 0 end) as accepted,
                               sum(case when f.status in (:rejected) then 1 else 0 end) as rejected,
                               sum(case when f.status in (:inScope) then 1 else 0 end) as in_scope,
                               sum(case when f.status in (:underHandling) then 1 else 0 end) as under_handling,
                               sum(case when f.status in (:inScope) then f.amount_owed end) as amount_owed,
                               sum(case when f.status in (:inScope) then f.amount_recovered end) as amount_recovered
                        from report_case f
                        where f.case_type = :type and f.received_at >= :start and f.received_at < :end"""
                        + (unit == null ? "" : " and f.unit_code = :unit") + " group by f.unit_code")
                .param("accepted", rules.accepted()).param("rejected", rules.rejected())
                .param("inScope", rules.inScope()).param("underHandling", rules.underHandling())
                .params(periodParams(type, period, unit))
                .query((ResultSet rs) -> {
                    Tally t = tally(byUnit, rs.getString("unit_code"));
                    t.received += rs.getLong("received");
                    t.accepted += rs.getLong("accepted");
                    t.rejected += rs.getLong("rejected");
                    t.inScope += rs.getLong("in_scope");
                    t.underHandling += rs.getLong("under_handling");
                    t.amountOwed = t.amountOwed.add(amount(rs, "amount_owed"));
                    t.amountRecovered = t.amountRecovered.add(amount(rs, "amount_recovered"));
                });
    }

    private void closed(CaseType type, TypeRules rules, Period period, String unit, Map<String, Tally> byUnit) {
        String closedInPeriod = " from report_case f"
                + " where f.case_type = :type and f.status in (:closed) and f.closed_at >= :start and f.closed_at < :end"
                + (unit == null ? "" : " and f.unit_code = :unit");
        jdbc.sql("""
                        select f.unit_code,
                               count(*) as closed,
                               sum(case when f.satisfaction in (:evaluated) then 1 else 0 end) as evaluated,
                               sum(case when f.satisfaction in (:satisfied) then 1 else 0 end) as satisfied,
                               sum(case when f.rehandle_count > 0 then 1 else 0 end) as rehandled"""
                        + closedInPeriod + " group by f.unit_code")
                .param("closed", rules.closed())
                .param("evaluated", properties.satisfaction().evaluated())
                .param("satisfied", properties.satisfaction().satisfied())
                .params(periodParams(type, period, unit))
                .query((ResultSet rs) -> {
                    Tally t = tally(byUnit, rs.getString("unit_code"));
                    t.closed += rs.getLong("closed");
                    t.evaluated += rs.getLong("evaluated");
                    t.satisfied += rs.getLong("satisfied");
                    t.rehandled += rs.getLong("rehandled");
                });
        // working days need the holiday calendar, so the closed cases' two dates come back row by row
        jdbc.sql("select f.unit_code, f.received_at, f.closed_at" + closedInPeriod)
                .param("closed", rules.closed())
                .params(periodParams(type, period, unit))
                .query((ResultSet rs) -> {
                    LocalDate received = localDate(rs, "received_at");
                    LocalDate closed = localDate(rs, "closed_at");
                    tally(byUnit, rs.getString("unit_code")).workingDaysToClose += calendar.workingDaysBetween(received, closed);
                });
    }

    /** Steps due in the period that are decided: done (in time or late) or past due and still open; cancelled ones never count. */
    private void stepsDue(CaseType type, List<String> steps, Period period, String unit, Instant now,
                          Map<String, Tally> byUnit, boolean signing) {
        jdbc.sql("""
                        select s.unit_code,
                               count(*) as due,
                               sum(case when s.completed_at is not null and s.completed_at <= s.due_at then 1 else 0 end) as in_time
                        from report_step s
                        where s.case_type = :type and s.step_key in (:steps) and s.cancelled_at is null
                          and s.due_at >= :start and s.due_at < :end
                          and (s.completed_at is not null or s.due_at < :now)"""
                        + (unit == null ? "" : " and s.unit_code = :unit") + " group by s.unit_code")
                .param("steps", steps)
                .param("now", utc(now))
                .params(periodParams(type, period, unit))
                .query((ResultSet rs) -> {
                    Tally t = tally(byUnit, rs.getString("unit_code"));
                    if (signing) {
                        t.signDue += rs.getLong("due");
                        t.signedInTime += rs.getLong("in_time");
                    } else {
                        t.replyDue += rs.getLong("due");
                        t.repliedInTime += rs.getLong("in_time");
                    }
                });
    }

    private void overdueNow(CaseType type, String unit, Instant now, Map<String, Tally> byUnit) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        jdbc.sql("""
                        select s.unit_code, s.due_at from report_step s
                        where s.completed_at is null and s.cancelled_at is null and s.due_at < :now
                          and s.case_type = :type and s.unit_code is not null"""
                        + (unit == null ? "" : " and s.unit_code = :unit"))
                .param("now", utc(now))
                .param("type", type.name())
                .params(unit == null ? Map.of() : Map.of("unit", unit))
                .query((ResultSet rs) -> {
                    int days = Math.max(1, calendar.workingDaysBetween(localDate(rs, "due_at"), today));
                    tally(byUnit, rs.getString("unit_code")).overdueByBucket[aging.indexOf(days)]++;
                });
    }

    /**
     * report_recovery holds the running total a unit reported; what was recovered with one report is that
     * total minus the case's previous report (before or in the period), counted at the reporting unit.
     */
    private void recoveredByMonth(Period period, String unit, Map<String, Tally> byUnit) {
        String[] previous = {null};
        BigDecimal[] previousTotal = {BigDecimal.ZERO};
        jdbc.sql("""
                        select p.case_no, p.unit_code, p.recorded_at, p.running_total from report_recovery p
                        where p.recorded_at < :end and p.case_no in (
                            select q.case_no from report_recovery q where q.recorded_at >= :start and q.recorded_at < :end"""
                        + (unit == null ? "" : " and q.unit_code = :unit") + ") order by p.case_no, p.seq")
                .params(periodParams(CaseType.COMPLAINT, period, unit))
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
                    if (!at.isBefore(period.start()) && (unit == null || unit.equals(reportingUnit))) {
                        tally(byUnit, reportingUnit).addRecovered(YearMonth.from(at.atZone(calendar.zone())), recovered);
                    }
                });
    }

    private Tally tally(Map<String, Tally> byUnit, String unit) {
        return byUnit.computeIfAbsent(unit, u -> new Tally(aging.buckets().size()));
    }

    private static Map<String, Object> periodParams(CaseType type, Period period, String unit) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type.name());
        params.put("start", utc(period.start()));
        params.put("end", utc(period.end()));
        if (unit != null) {
            params.put("unit", unit);
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
