package org.bihuan.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Case statuses change in one place: when the engine enters a model element that carries the extension
 * property {@code status}, the case file takes that status. The model shows which step sets which status;
 * no delegate sets one itself.
 */
@Component
class CaseStatusListener {

    private final CaseFiles caseFiles;
    private final ConcurrentMap<String, Optional<String>> statusByElement = new ConcurrentHashMap<>();

    CaseStatusListener(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void onElementStarted(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() == null || execution.getCurrentActivityId() == null) {
            return;
        }
        String key = execution.getProcessDefinitionId() + "#" + execution.getCurrentActivityId();
        statusByElement.computeIfAbsent(key, k -> statusProperty(execution))
                .ifPresent(status -> caseFiles.changeStatus(execution.getProcessBusinessKey(), status));
    }

    static Optional<String> statusProperty(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        return ModelProperties.of(element, "status");
    }
}
