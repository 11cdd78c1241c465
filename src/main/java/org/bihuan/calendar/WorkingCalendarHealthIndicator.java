package org.bihuan.calendar;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /actuator/health} component {@code workingCalendar}. Missing holiday data does not stop the
 * application (deadlines fall back to Monday to Friday), so the status stays UP and a warning tells
 * the administrator what to load. From November on the State Council publishes the next year's
 * notice, so a missing next year is worth a warning too.
 */
@Component("workingCalendarHealthIndicator")
class WorkingCalendarHealthIndicator implements HealthIndicator {

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Month warnFrom;

    WorkingCalendarHealthIndicator(WorkingDayCalendar calendar, Clock clock) {
        this(calendar, clock, Month.NOVEMBER);
    }

    @org.springframework.beans.factory.annotation.Autowired
    WorkingCalendarHealthIndicator(WorkingDayCalendar calendar, Clock clock, CalendarProperties properties) {
        this(calendar, clock, properties.nextYearWarningFrom());
    }

    private WorkingCalendarHealthIndicator(WorkingDayCalendar calendar, Clock clock, Month warnFrom) {
        this.calendar = calendar;
        this.clock = clock;
        this.warnFrom = warnFrom;
    }

    @Override
    public Health health() {
        Set<Integer> loaded = calendar.yearsWithData();
        Set<Integer> usedWithoutData = calendar.yearsUsedWithoutData();
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();

        List<String> warnings = new ArrayList<>();
        if (!usedWithoutData.isEmpty()) {
            warnings.add("以下年份无节假日数据，期限已按周一至周五计算：" + usedWithoutData
                    + " / Deadlines in " + usedWithoutData + " were computed as Monday to Friday: no holiday data.");
        }
        if (!loaded.contains(today.getYear())) {
            warnings.add(missing(today.getYear(), "本年度 / the current year"));
        }
        int nextYear = today.getYear() + 1;
        if (today.getMonthValue() >= warnFrom.getValue() && !loaded.contains(nextYear)) {
            warnings.add(missing(nextYear, "下一年度 / next year"));
        }

        Health.Builder health = Health.up()
                .withDetail("yearsLoaded", List.copyOf(loaded))
                .withDetail("yearsUsedWithoutData", List.copyOf(usedWithoutData));
        if (!warnings.isEmpty()) {
            health.withDetail("warning", String.join(" ", warnings));
        }
        return health.build();
    }

    private String missing(int year, String which) {
        return which + " " + year + "：尚未导入国务院办公厅节假日安排通知，请将其录入 " + calendar.directory() + "/" + year
                + ".yaml 并重新加载 / no holiday data: enter the State Council's notice as " + calendar.directory()
                + "/" + year + ".yaml and POST /api/admin/calendar/reload.";
    }
}
