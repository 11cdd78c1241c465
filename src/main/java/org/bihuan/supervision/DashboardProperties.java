package org.bihuan.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bihuan.dashboard.*}: how much the supervisors' dashboard shows.
 *
 * @param weeks       the weekly series: this many weeks up to the current one
 * @param respondents the 被投诉人 view: this many respondents with the most complaints, and as many with the most
 *                    overdue answers
 * @param overdueRows the overdue list under the charts (where a 督办 is issued): at most this many steps, the oldest
 *                    deadline first (the download holds them all)
 */
@ConfigurationProperties("bihuan.dashboard")
record DashboardProperties(@DefaultValue("12") int weeks, @DefaultValue("10") int respondents, @DefaultValue("100") int overdueRows) {

    DashboardProperties {
        if (weeks < 1 || respondents < 1 || overdueRows < 1) {
            throw new IllegalArgumentException("bihuan.dashboard: weeks, respondents and overdue-rows must be at least 1");
        }
    }
}
