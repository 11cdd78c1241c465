package org.bihuan.task;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts and ends absences on every node (each absence moves once: its status changes in the same transaction). */
@Component
@ConditionalOnProperty(name = "bihuan.tasks.scheduling-enabled", havingValue = "true", matchIfMissing = true)
class ScheduledAbsences {

    private final Absences absences;

    ScheduledAbsences(Absences absences) {
        this.absences = absences;
    }

    @Scheduled(fixedDelayString = "${bihuan.tasks.absence-check-interval:PT15M}", initialDelayString = "PT1M")
    void startAndEndDue() {
        absences.startAndEndDue();
    }
}
