package org.bihuan.web.complaint;

import org.bihuan.calendar.Deadlines;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * A deadline as people count it, in working days of the office's calendar: "还剩 3 个工作日", "今天到期",
 * "已超期 2 个工作日". For templates as {@code ${@deadlineWords.of(c.currentDue())}}; blank for no deadline.
 */
@Component("deadlineWords")
public class DeadlineWords {

    private final Deadlines deadlines;
    private final PageLabels labels;
    private final Clock clock;

    DeadlineWords(Deadlines deadlines, PageLabels labels, Clock clock) {
        this.deadlines = deadlines;
        this.labels = labels;
        this.clock = clock;
    }

    public String of(Instant due) {
        if (due == null) {
            return "";
        }
        Instant now = clock.instant();
        if (now.isAfter(due)) {
            int late = deadlines.remainingWorkingDays(due, now);
            return late == 0 ? labels.message("deadline.overdueToday") : labels.message("deadline.overdue", late);
        }
        int left = deadlines.remainingWorkingDays(now, due);
        return left == 0 ? labels.message("deadline.today") : labels.message("deadline.left", left);
    }

    /** Whether the deadline has passed: the page marks it. */
    public boolean passed(Instant due) {
        return due != null && clock.instant().isAfter(due);
    }
}
