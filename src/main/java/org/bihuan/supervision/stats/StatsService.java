package org.bihuan.supervision.stats;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.supervision.stats.StatsReport.MonthAmount;
import org.bihuan.supervision.stats.StatsReport.Row;
import org.bihuan.supervision.stats.StatsReport.Section;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the report: a row per unit that has anything in the period (or the one unit asked for) and the total row. */
@Service
class StatsService {

    static final String TOTAL_LABEL = "合计 Total";

    private final StatsQueries queries;
    private final KpiProperties properties;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final Clock clock;

    StatsService(StatsQueries queries, KpiProperties properties, WorkingDayCalendar calendar, Users users, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    boolean unitExists(String code) {
        return users.unit(code).isPresent();
    }

    StatsReport report(StatsRequest request, List<CaseType> types) {
        return report(request.from(), request.to(), request.unit() == null ? null : List.of(request.unit()), types);
    }

    /** @param units the units whose figures count (a row each, and the total of them); null for every unit */
    StatsReport report(LocalDate from, LocalDate to, Collection<String> units, List<CaseType> types) {
        Instant now = clock.instant();
        StatsQueries.Period period = StatsQueries.Period.of(from, to, calendar.zone());
        Map<String, String> unitNames = unitNames();
        List<Section> sections = types.stream().map(type -> section(type, period, units, now, unitNames)).toList();
        return new StatsReport(from, to, now, sections);
    }

    Map<String, String> unitNames() {
        return users.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
    }

    private Section section(CaseType type, StatsQueries.Period period, Collection<String> unitsAsked, Instant now,
                            Map<String, String> unitNames) {
        Scorecard scorecard = new Scorecard(properties, type);
        Map<String, Tally> byUnit = queries.tallies(type, period, unitsAsked, now, StatsQueries.Grouping.UNIT);
        TreeSet<String> units = byUnit.keySet().stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        if (unitsAsked != null) {
            units.addAll(unitsAsked);
        }
        Tally total = new Tally(properties.agingBuckets().size() + 1);
        byUnit.values().forEach(total::add);
        List<YearMonth> months = months(period);
        Function<Tally, List<MonthAmount>> series = tally -> type != CaseType.COMPLAINT ? List.of() : months.stream()
                .map(m -> new MonthAmount(m.toString(),
                        tally.recoveredByMonth.getOrDefault(m, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (String code : units) {
            Tally tally = byUnit.getOrDefault(code, new Tally(properties.agingBuckets().size() + 1));
            rows.add(new Row(code, unitNames.getOrDefault(code, code), scorecard.figures(tally), series.apply(tally)));
        }
        Row totalRow = new Row(null, TOTAL_LABEL, scorecard.figures(total), series.apply(total));
        return new Section(type, rows, totalRow, scorecard.definitions());
    }

    private static List<YearMonth> months(StatsQueries.Period period) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
