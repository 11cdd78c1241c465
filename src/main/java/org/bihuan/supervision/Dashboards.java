package org.bihuan.supervision;

import org.bihuan.casefile.CaseType;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Units;
import org.bihuan.identity.Users;
import org.bihuan.supervision.stats.DashboardFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supervisors' dashboard and the monthly report, with who sees what: supervisors and administrators everything,
 * intake officials the complaints, the proposal committee the proposals, a unit head its own unit's figures (both
 * case types) and nothing of another unit's, whatever the request asks for.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    private final DashboardFigures figures;
    private final SupervisionQueries queries;
    private final Escalations escalations;
    private final Users users;
    private final DashboardProperties properties;
    private final SupervisionExports exports;
    private final Units units;

    Dashboards(DashboardFigures figures, SupervisionQueries queries, Escalations escalations, Users users, DashboardProperties properties,
               SupervisionExports exports, Units units) {
        this.exports = exports;
        this.units = units;
        this.figures = figures;
        this.queries = queries;
        this.escalations = escalations;
        this.users = users;
        this.properties = properties;
    }

    /** What the user may see on the dashboard; a person it is not for is refused. */
    public Dashboard.Scope scope(AppUser user) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return new Dashboard.Scope(List.of(CaseType.values()), null, false);
        }
        List<CaseType> types = new ArrayList<>();
        if (user.has(Role.INTAKE)) {
            types.add(CaseType.COMPLAINT);
        }
        if (user.has(Role.COMMITTEE)) {
            types.add(CaseType.PROPOSAL);
        }
        if (!types.isEmpty()) {
            return new Dashboard.Scope(types, null, false);
        }
        if (isUnitHead(user)) {
            return new Dashboard.Scope(List.of(CaseType.values()), Set.of(user.unitCode()), true);
        }
        throw new ForbiddenException("the dashboard is for supervisors, intake officials, the proposal committee and unit heads");
    }

    /** Whether the user heads a unit (and so sees that unit's dashboard). */
    public boolean isUnitHead(AppUser user) {
        return user.has(Role.UNIT) && user.unitCode() != null
                && users.headsOfUnit(user.unitCode()).stream().anyMatch(head -> head.username().equals(user.username()));
    }

    /**
     * The dashboard for the period from–to (ISO dates; default this month to date), one case type or all the user may
     * see, one unit or all in the user's scope. A type or unit outside the scope is refused, not quietly widened.
     */
    public Dashboard.View view(AppUser user, String from, String to, String type, String unit) {
        return view(user, from, to, type, unit, null);
    }

    /** The dashboard as {@link #view(AppUser, String, String, String, String)}, of the units in a region (and below it). */
    public Dashboard.View view(AppUser user, String from, String to, String type, String unit, String region) {
        Dashboard.Filter filter = figures.filter(from, to, type, unit).withRegion(region);
        return figures.view(filter, scope(user, filter), levelLabels(), properties.weeks(), properties.respondents());
    }

    /**
     * The user's scope, checked against the filter and narrowed to the filter's region: its units and those of the
     * regions below it (the one place a region narrows the figures, their links and the overdue list).
     */
    private Dashboard.Scope scope(AppUser user, Dashboard.Filter filter) {
        Dashboard.Scope scope = scope(user);
        check(scope, filter);
        if (filter.region() == null) {
            return scope;
        }
        Set<String> inRegion = new java.util.TreeSet<>(units.inRegion(filter.region()));
        if (scope.units() != null) {
            inRegion.retainAll(scope.units());
        }
        if (inRegion.isEmpty()) {
            throw new InvalidRequestException("region", "has no unit of yours in it");
        }
        if (filter.unit() != null && !inRegion.contains(filter.unit())) {
            throw new InvalidRequestException("unit", "is not in the chosen region");
        }
        return new Dashboard.Scope(scope.types(), inRegion, scope.unitFixed());
    }

    /** The steps overdue now in the view's scope and filter, the oldest deadline first, at most bihuan.dashboard.overdue-rows. */
    public List<OverdueStep> overdueSteps(AppUser user, Dashboard.Filter filter) {
        return allOverdueSteps(user, filter).stream().limit(properties.overdueRows()).toList();
    }

    /** The whole overdue list of the view's scope and filter, as CSV or XLSX (the columns of the supervision API's download). */
    public SupervisionDesk.Download overdueExport(AppUser user, String from, String to, String type, String unit, String region,
                                                  boolean xlsx) {
        return exports.overdue(allOverdueSteps(user, figures.filter(from, to, type, unit).withRegion(region)), xlsx);
    }

    private List<OverdueStep> allOverdueSteps(AppUser user, Dashboard.Filter filter) {
        Dashboard.Scope scope = scope(user, filter);
        CaseType type = filter.type() != null ? filter.type() : scope.onlyType();
        Set<String> units = filter.unit() != null ? Set.of(filter.unit()) : scope.units();
        return queries.overdue(type == null ? null : type.name(), units != null && units.size() == 1 ? units.iterator().next() : null,
                null, null).stream().filter(step -> units == null || units.contains(step.unitCode())).toList();
    }

    /** Whether the user may download the monthly report (the office's: supervisors, administrators, intake). */
    public boolean mayReport(AppUser user) {
        return user.has(Role.SUPERVISOR) || user.has(Role.ADMIN) || user.has(Role.INTAKE);
    }

    /**
     * The monthly report of complaints for a month (yyyy-MM, not after this one): by unit and by respondent type, as
     * {@link Dashboard#BY_UNIT} and {@link Dashboard#BY_RESPONDENT_TYPE}.
     */
    public Report monthly(AppUser user, String month) {
        return monthly(user, month, null);
    }

    /** The monthly report as {@link #monthly(AppUser, String)}, of the units in a region (and below it). */
    public Report monthly(AppUser user, String month, String region) {
        YearMonth chosen = checkMonth(user, month);
        Dashboard.Filter filter = figures.month(chosen, CaseType.COMPLAINT).withRegion(region);
        Set<String> regionUnits = filter.region() == null ? null : units.inRegion(filter.region());
        if (regionUnits != null && regionUnits.isEmpty()) {
            throw new InvalidRequestException("region", "has no unit in it");
        }
        return new Report(chosen, escalations.issuer(), figures.monthly(filter,
                new Dashboard.Scope(List.of(CaseType.COMPLAINT), regionUnits, false)));
    }

    /** The month asked for, checked: the user may report, it reads like 2026-03 and is not after this month. */
    public YearMonth checkMonth(AppUser user, String month) {
        if (!mayReport(user)) {
            throw new ForbiddenException("the monthly report is for supervisors, intake officials and administrators");
        }
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "must be a month like 2026-03");
        }
        figures.month(chosen, CaseType.COMPLAINT);
        return chosen;
    }

    /** @param issuer the office that sends it (bihuan.escalation.issuer) */
    public record Report(YearMonth month, String issuer, List<Dashboard.Table> tables) {
    }

    private static void check(Dashboard.Scope scope, Dashboard.Filter filter) {
        if (filter.type() != null && !scope.types().contains(filter.type())) {
            throw new ForbiddenException("the " + filter.type() + " figures are not for you");
        }
        if (filter.unit() != null && scope.units() != null && !scope.units().contains(filter.unit())) {
            throw new ForbiddenException("a unit head sees only its own unit's figures");
        }
    }

    private Map<String, String> levelLabels() {
        Map<String, String> levels = new LinkedHashMap<>();
        escalations.levels().forEach(level -> levels.put(level.name(), level.label()));
        return levels;
    }
}
