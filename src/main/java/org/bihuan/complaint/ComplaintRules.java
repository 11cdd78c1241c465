package org.bihuan.complaint;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.Users;
import org.bihuan.task.FieldError;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletionRule;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The complaint rules that a form cannot say. */
@Component
class ComplaintRules implements TaskCompletionRule {

    private final ComplaintRecords complaints;
    private final Users users;

    ComplaintRules(ComplaintRecords complaints, Users users) {
        this.complaints = complaints;
        this.users = users;
    }

    @Override
    public boolean appliesTo(OpenTask task) {
        return CaseType.COMPLAINT.processKey().equals(task.processDefinitionKey());
    }

    @Override
    public List<FieldError> check(OpenTask task, Map<String, Object> values) {
        return switch (task.taskKey()) {
            case "acceptReview" -> notInLitigation(task, values);
            case "transfer" -> handlingUnit(values);
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

    private List<FieldError> handlingUnit(Map<String, Object> values) {
        String unitCode = (String) values.get("unitCode");
        boolean handling = users.unit(unitCode).map(u -> "HANDLING".equals(u.kind())).orElse(false);
        return handling ? List.of() : List.of(new FieldError("unitCode", "is not a handling unit: " + unitCode));
    }
}
