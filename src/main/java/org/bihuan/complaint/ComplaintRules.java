package org.bihuan.complaint;

import org.bihuan.casefile.CaseType;
import org.bihuan.task.FieldError;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletionRule;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The complaint rules that a form cannot say. The unit a complaint is transferred to is one of the handling
 * units the transfer form offers ({@code unitOptions}); an extension's limits are the kernel's rule.
 */
@Component
class ComplaintRules implements TaskCompletionRule {

    private final ComplaintRecords complaints;

    ComplaintRules(ComplaintRecords complaints) {
        this.complaints = complaints;
    }

    @Override
    public boolean appliesTo(OpenTask task) {
        return CaseType.COMPLAINT.processKey().equals(task.processDefinitionKey());
    }

    @Override
    public List<FieldError> check(OpenTask task, Map<String, Object> values) {
        return switch (task.taskKey()) {
            case "acceptReview" -> notInLitigation(task, values);
            default -> List.of();
        };
    }

    /** A matter already before a court, an arbitration body or a mediator is not accepted (暂行办法). */
    private List<FieldError> notInLitigation(OpenTask task, Map<String, Object> values) {
        if ("ACCEPT".equals(values.get("decision")) && complaints.get(task.caseNo()).inLitigation()) {
            return List.of(new FieldError("decision",
                    "cannot be ACCEPT: the complainant declared the matter is before a court, arbitration body or mediator (inLitigation)"));
        }
        return List.of();
    }
}
