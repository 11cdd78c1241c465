package org.bihuan.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.List;

/**
 * Time passing for one case: the engine clock moves and the case's timers then due (its lifecycle's and its deadline
 * watches') run, as the job executor would; other tests' cases share the database and are left alone. For tests that
 * are no {@link LifecycleScenario} (whose {@code timePasses} does the same).
 */
public final class CaseTimers {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public CaseTimers(ApplicationContext context) {
        this.runtimeService = context.getBean(RuntimeService.class);
        this.managementService = context.getBean(ManagementService.class);
    }

    public void passTo(String caseNo, Instant to) {
        EngineClock.set(to);
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
