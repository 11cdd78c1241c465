package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFiles;
import org.bihuan.identity.Users;
import org.bihuan.task.TaskCompletion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Comparator;
import java.util.List;

/**
 * Seeds every lifecycle's demo cases once (default profile only), after the demo accounts exist and before
 * the application reports itself ready, so no request meets a half-seeded database.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "bihuan.demo.enabled", havingValue = "true")
class DemoSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final List<DemoCases> demos;
    private final CaseFiles caseFiles;
    private final DemoActions actions;
    private final TransactionTemplate transaction;

    DemoSeeding(List<DemoCases> demos, CaseFiles caseFiles, Users users, TaskCompletion tasks, TransactionTemplate transaction) {
        this.demos = demos.stream().sorted(Comparator.comparing(DemoCases::caseType)).toList();
        this.caseFiles = caseFiles;
        this.actions = new DemoActions(users, tasks);
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoCases demo : demos) {
            if (caseFiles.count(demo.caseType()) > 0) {
                continue;
            }
            String created = transaction.execute(status -> demo.seed(actions));
            log.info("demo {} cases created: {}", demo.caseType().name().toLowerCase(), created);
        }
    }
}
