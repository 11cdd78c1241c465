package org.bihuan.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * In tests the application reads the engine's clock, so moving ClockUtil moves both the timers and
 * every timestamp the application writes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EngineClock {

    @Bean
    @Primary
    Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }

    public static void set(Instant instant) {
        ClockUtil.setCurrentTime(java.util.Date.from(instant));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static void reset() {
        ClockUtil.reset();
    }

    /**
     * Moves the clock and runs the case's timers that are then due (its lifecycle and its deadline watches), as the job
     * executor would. Other tests' cases share the database and are left alone.
     */
    public static void passTo(RuntimeService runtimeService, ManagementService managementService, String caseNo, Instant to) {
        set(to);
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
                    .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep becoming due: a timer loop?");
    }
}
