package org.bihuan.task;

import org.bihuan.casefile.CaseType;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which form a step was completed with (its {@code camunda:formRef}, else its key), read from the deployed models: a
 * page that shows a past step's submission in the form's words needs it, since a step's key does not always name its
 * form (a proposal's {@code unitReply} is completed with {@code reply}). The case type's own process is asked first,
 * then the processes beside it (the supervision acts whose steps a case's timeline also records).
 */
@Component
public class StepForms {

    private final RepositoryService repositoryService;
    /** step key → form id, per process definition id (a deployed definition never changes) */
    private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

    StepForms(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public Optional<String> formOf(CaseType caseType, String stepKey) {
        List<ProcessDefinition> latest = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        String own = caseType == null ? null : caseType.processKey();
        return latest.stream()
                .sorted((a, b) -> Boolean.compare(!a.getKey().equals(own), !b.getKey().equals(own)))
                .map(definition -> forms(definition).get(stepKey))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private Map<String, String> forms(ProcessDefinition definition) {
        return byDefinition.computeIfAbsent(definition.getId(), id -> repositoryService.getBpmnModelInstance(id)
                .getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId,
                        task -> task.getCamundaFormRef() != null ? task.getCamundaFormRef() : task.getId(), (a, b) -> a)));
    }
}
