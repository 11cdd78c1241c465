package org.bihuan.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the dispatcher on every node; tests switch it off and call the dispatcher themselves. */
@Component
@ConditionalOnProperty(name = "bihuan.notification.scheduling-enabled", havingValue = "true", matchIfMissing = true)
class ScheduledDispatch {

    private final NotificationDispatcher dispatcher;

    ScheduledDispatch(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${bihuan.notification.dispatch-interval:PT15S}")
    void dispatchDue() {
        dispatcher.dispatchDue();
    }
}
