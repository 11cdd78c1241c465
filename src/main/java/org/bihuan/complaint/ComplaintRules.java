package org.bihuan.complaint;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.task.FieldError;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The complaint rules that a form cannot say. */
@Component
class ComplaintRules implements TaskCompletionRule {

    private final ComplaintRecords complaints;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar calendar;

    /** The unit a complaint is transferred to is one of the handling units the transfer form offers ({@code unitOptions}). */
    ComplaintRules(ComplaintRecords complaints, RuntimeService runtimeService, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
    }

    @Override
    public boolean appliesTo(OpenTask task) {
        return CaseType.COMPLAINT.processKey().equals(task.processDefinitionKey());
    }

    @Override
    public List<FieldError> check(OpenTask task, Map<String, Object> values) {
        return switch (task.taskKey()) {
            case "acceptReview" -> notInLitigation(task, values);
            case "extension" -> withinMaximum(task, values);
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

    /** An extension ends after the current deadline and within `complaint.handle-max` of signing. */
    private List<FieldError> withinMaximum(OpenTask task, Map<String, Object> values) {
        if (!Boolean.TRUE.equals(values.get("approve"))) {
            return List.of();
        }
        LocalDate newDeadline = (LocalDate) values.get("newDeadline");
        LocalDate max = date(runtimeService.getVariable(task.processInstanceId(), "handleMax"));
        LocalDate current = date(runtimeService.getVariable(task.processInstanceId(), "handleDue"));
        if (newDeadline.isAfter(max)) {
            return List.of(new FieldError("newDeadline", "must not be after " + max + ", the longest handling time from signing"));
        }
        if (!newDeadline.isAfter(current)) {
            return List.of(new FieldError("newDeadline", "must be after the current deadline " + current));
        }
        return List.of();
    }

    private LocalDate date(Object engineDate) {
        return LocalDate.ofInstant(((Date) engineDate).toInstant(), calendar.zone());
    }
}
