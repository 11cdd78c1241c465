package org.bihuan.lifecycle;

import org.bihuan.casefile.ModelProperties;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statuses are a typed vocabulary per case type ({@link Lifecycle#statuses()}). At start every {@code status}
 * property in the deployed models must name one of them, so a typo fails the start, not a statistic later.
 */
@Component
public class StatusVocabulary {

    private final Lifecycles lifecycles;
    private final RepositoryService repositoryService;

    StatusVocabulary(Lifecycles lifecycles, RepositoryService repositoryService) {
        this.lifecycles = lifecycles;
        this.repositoryService = repositoryService;
    }

    @EventListener(ApplicationStartedEvent.class)
    void checkModels() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("status vocabulary: " + String.join("; ", problems));
        }
    }

    /** What does not match: a model status that the lifecycle does not know. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Lifecycle lifecycle : lifecycles.all()) {
            String processKey = lifecycle.caseType().processKey();
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                    .latestVersion().singleResult();
            if (definition == null) {
                problems.add("no deployed model " + processKey + " for " + lifecycle.caseType());
                continue;
            }
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                ModelProperties.of(element, "status")
                        .filter(status -> !lifecycle.statuses().contains(status))
                        .ifPresent(status -> problems.add(processKey + " element " + element.getId() + " sets status " + status
                                + ", which is not one of " + lifecycle.statuses()));
            }
        }
        return problems;
    }

    /** The statuses of a case type, for other modules' configuration checks. */
    public Set<String> statuses(org.bihuan.casefile.CaseType type) {
        return new TreeSet<>(lifecycles.of(type).statuses());
    }

    /** The user task keys of a case type's model, for other modules' configuration checks. */
    public Set<String> userTaskKeys(org.bihuan.casefile.CaseType type) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(type.processKey())
                .latestVersion().singleResult();
        Set<String> keys = new TreeSet<>();
        if (definition != null) {
            repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> keys.add(task.getId()));
        }
        return keys;
    }
}
