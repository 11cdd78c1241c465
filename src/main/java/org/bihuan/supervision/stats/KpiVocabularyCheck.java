package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;
import org.bihuan.lifecycle.StatusVocabulary;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code bihuan.kpi} status and step lists name real statuses and steps: a typo fails the start, not a figure. */
@Component
class KpiVocabularyCheck {

    private final KpiProperties properties;
    private final StatusVocabulary vocabulary;

    KpiVocabularyCheck(KpiProperties properties, StatusVocabulary vocabulary) {
        this.properties = properties;
        this.vocabulary = vocabulary;
    }

    @EventListener(ApplicationStartedEvent.class)
    void check() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bihuan.kpi names unknown statuses or steps: " + String.join("; ", problems));
        }
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            KpiProperties.TypeRules rules = properties.rules(type);
            String prefix = "bihuan.kpi." + type.name().toLowerCase() + ".";
            Set<String> statuses = vocabulary.statuses(type);
            Map.of("accepted", rules.accepted(), "rejected", rules.rejected(), "in-scope", rules.inScope(),
                    "under-handling", rules.underHandling(), "closed", rules.closed()).forEach((key, values) -> values.stream()
                    .filter(v -> !statuses.contains(v))
                    .forEach(v -> problems.add(prefix + key + ": " + v + " is not a status of " + type + " " + statuses)));
            Set<String> steps = vocabulary.userTaskKeys(type);
            Map.of("sign-steps", rules.signSteps(), "on-time-steps", rules.onTimeSteps()).forEach((key, values) -> values.stream()
                    .filter(v -> !steps.contains(v))
                    .forEach(v -> problems.add(prefix + key + ": " + v + " is not a step of " + type.processKey())));
        }
        return problems;
    }
}
