package org.bihuan.lifecycle;

import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Date;

/** 延期申请 for every case type: the unit asks, the deadline keeps running while the deciding office decides. */
@Service
@Transactional
public class CaseExtensions {

    private final Lifecycles lifecycles;
    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CaseExtensions(Lifecycles lifecycles, CaseFiles caseFiles, CaseVisibility visibility, Deadlines deadlines,
                   WorkingDayCalendar calendar, RuntimeService runtimeService, TaskService taskService) {
        this.lifecycles = lifecycles;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    public void request(AppUser user, CaseType type, String caseNo, ExtensionRequest request) {
        CaseFile file = visibility.visibleCase(user, caseNo, type);
        ExtensionPolicy policy = lifecycles.of(type).extension()
                .orElseThrow(() -> new ConflictException(noun(type) + " " + caseNo + " has no deadline that can be extended"));
        if (!user.has(Role.UNIT) || user.unitCode() == null || !user.unitCode().equals(policy.requestingUnit().apply(file))) {
            throw new ForbiddenException("only " + policy.requester() + " can ask for an extension");
        }
        if (!policy.extendable().test(file)) {
            throw new ConflictException(noun(type) + " " + caseNo + " is not being handled; no extension can be asked");
        }
        if (taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(policy.decisionTaskKey()).count() > 0) {
            throw new ConflictException("an extension request for " + caseNo + " is already waiting for " + policy.decider());
        }
        LocalDate requested = request.requestedDeadline();
        LocalDate current = date(runtimeService.getVariable(file.processInstanceId(), policy.dueVariable()));
        LocalDate max = date(runtimeService.getVariable(file.processInstanceId(), policy.maxVariable()));
        if (!requested.isAfter(current)) {
            throw new InvalidRequestException("requestedDeadline", "must be after the current deadline " + current);
        }
        if (requested.isAfter(max)) {
            throw new InvalidRequestException("requestedDeadline", "must not be after " + max
                    + " (" + deadlines.expression(policy.maxDeadlineKey()) + ", the longest time allowed)");
        }
        caseFiles.record(caseNo, "EXTENSION_REQUESTED", user.username(), "申请延期至 " + requested + "：" + request.reason());
        runtimeService.createMessageCorrelation(policy.requestMessage())
                .processInstanceId(file.processInstanceId())
                .setVariable("requestedDeadline", requested.toString())
                .setVariable("newDeadline", requested.toString())
                .correlate();
    }

    private LocalDate date(Object engineDate) {
        return LocalDate.ofInstant(((Date) engineDate).toInstant(), calendar.zone());
    }

    private static String noun(CaseType type) {
        return type.name().toLowerCase();
    }
}
