package org.bihuan.lifecycle;

import org.springframework.context.ApplicationContext;

/** Lets tests outside the kernel start from no counted tracking attempts (all tests share one address: localhost). */
public final class TrackingLimitsForTests {

    private TrackingLimitsForTests() {
    }

    public static void forgetAttempts(ApplicationContext context) {
        context.getBean(TrackingAttempts.class).clear();
    }
}
