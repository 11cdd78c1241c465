package org.bihuan.supervision;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.supervision.stats.AgingBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a supervisor reads in the morning: the steps overdue now, from the case file's reporting read model
 * (report_step over the indexed step deadlines, report_case) and supervision's own ledger, never from the
 * engine's history.
 */
@Component
@Transactional(readOnly = true)
class SupervisionQueries {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final Clock clock;
    private final AgingBuckets aging;

    SupervisionQueries(JdbcClient jdbc, WorkingDayCalendar calendar, Users users, Clock clock, AgingBuckets aging) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
        this.aging = aging;
    }

    List<OverdueStep> overdue(String type, String unit, String level, String aging) {
        if (aging != null && !this.aging.labels().contains(aging)) {
            throw new InvalidRequestException("aging", "must be one of " + this.aging.labels());
        }
        Instant now = clock.instant();
        StringBuilder sql = new StringBuilder("""
                select s.task_id, s.case_no, s.case_type, f.title, s.step_key, s.step_name, s.unit_code, s.due_at,
                       s.escalation_level
                from report_step s join report_case f on f.case_no = s.case_no
                where s.completed_at is null and s.cancelled_at is null and s.due_at < ?""");
        List<Object> params = new ArrayList<>(List.of(utc(now)));
        if (type != null) {
            sql.append(" and s.case_type = ?");
            params.add(type);
        }
        if (unit != null) {
            sql.append(" and s.unit_code = ?");
            params.add(unit);
        }
        if (level != null) {
            sql.append(" and s.escalation_level = ?");
            params.add(level);
        }
        sql.append(" order by s.due_at, s.case_no");
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        Map<String, String> unitNames = users.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        List<OverdueStep> rows = jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            Instant due = instant(rs, "due_at");
            int days = Math.max(1, calendar.workingDaysBetween(LocalDate.ofInstant(due, calendar.zone()), today));
            String unitCode = rs.getString("unit_code");
            return new OverdueStep(rs.getString("case_no"), rs.getString("case_type"), rs.getString("title"), rs.getString("task_id"),
                    rs.getString("step_key"), rs.getString("step_name"), unitCode, unitCode == null ? null : unitNames.getOrDefault(unitCode, unitCode),
                    due, days, this.aging.of(days).label(), rs.getString("escalation_level"), 0, null, null, null);
        }).list();
        List<OverdueStep> withActions = new ArrayList<>();
        for (OverdueStep row : rows) {
            if (aging != null && !aging.equals(row.aging())) {
                continue;
            }
            var last = jdbc.sql("select level, at, by_user from supervision_ledger where task_id = ? order by at desc, id desc")
                    .param(row.taskId())
                    .query((rs, i) -> new Object[]{rs.getString("level"), instant(rs, "at"), rs.getString("by_user")})
                    .list();
            withActions.add(new OverdueStep(row.caseNo(), row.caseType(), row.title(), row.taskId(), row.stepKey(), row.stepName(),
                    row.unitCode(), row.unitName(), row.dueAt(), row.overdueWorkingDays(), row.aging(), row.escalationLevel(),
                    last.size(), last.isEmpty() ? null : (String) last.get(0)[0], last.isEmpty() ? null : (Instant) last.get(0)[1],
                    last.isEmpty() ? null : (String) last.get(0)[2]));
        }
        return withActions;
    }

    /** The 通报 list, newest first: of one unit (null: all), issued in [from, to) (null: unbounded), at most 500. */
    List<SupervisionDesk.Notice> notices(String unit, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("select case_no, unit_code, at, text from public_notice where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (unit != null) {
            sql.append(" and unit_code = ?");
            params.add(unit);
        }
        if (from != null) {
            sql.append(" and at >= ?");
            params.add(utc(from));
        }
        if (to != null) {
            sql.append(" and at < ?");
            params.add(utc(to));
        }
        Map<String, String> unitNames = users.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        return jdbc.sql(sql + " order by at desc, id desc limit 500").params(params)
                .query((rs, i) -> new SupervisionDesk.Notice(rs.getString("case_no"), rs.getString("unit_code") == null ? "" : rs.getString("unit_code"),
                        rs.getString("unit_code") == null ? "" : unitNames.getOrDefault(rs.getString("unit_code"), rs.getString("unit_code")),
                        instant(rs, "at"), rs.getString("text")))
                .list();
    }
}
