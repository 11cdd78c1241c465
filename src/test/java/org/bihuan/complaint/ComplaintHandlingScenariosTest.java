package org.bihuan.complaint;

import org.bihuan.lifecycle.ExtensionRequest;
import org.bihuan.domain.InvalidRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

class ComplaintHandlingScenariosTest extends ComplaintScenario {

    @Test
    void aReturnedCaseGoesBackToTransferWithTheReasonAndCanBeTransferredElsewhere() {
        String caseNo = submitComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));

        complete("unit-a", caseNo, "signFor", Map.of("decision", "RETURN", "reason", "被投诉人为市属国企，不属本局监管。"));

        assertThat(process(caseNo)).isWaitingAt("transfer");
        assertThat(caseFile(caseNo).status()).isEqualTo("ACCEPTED");
        assertThat(caseFile(caseNo).unitCode()).isNull();
        assertThat(caseFiles.timeline(caseNo)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("RETURNED");
            assertThat(e.note()).contains("不属本局监管");
        });
        // still due 10 working days from acceptance, not from the return
        assertThat(openTask(caseNo, "transfer").getDueDate().toInstant()).isEqualTo(at(2026, 3, 16, 17, 30));

        complete("intake", caseNo, "transfer", Map.of("unitCode", "GZW"));
        complete("unit-b", caseNo, "signFor", Map.of("decision", "SIGN"));

        assertThat(process(caseNo)).isWaitingAt("handle");
        assertThat(caseFile(caseNo).unitCode()).isEqualTo("GZW");
    }

    @Test
    void aTransferToSomethingThatIsNotAHandlingUnitIsRefused() {
        String caseNo = submitComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));

        assertThatThrownBy(() -> complete("intake", caseNo, "transfer", Map.of("unitCode", "QQB")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("unitCode"));
    }

    @Test
    void anApprovedExtensionMovesTheHandleDeadlineAndTheWatchFollowsIt() {
        String caseNo = complaintInHandling();
        String handleId = openTask(caseNo, "handle").getId();

        complaints.requestExtension(user("unit-a"), caseNo, new ExtensionRequest("需调取三年往来账目。", LocalDate.of(2026, 4, 30)));
        assertThat(process(caseNo)).isWaitingAt("handle", "extension");

        complete("supervisor", caseNo, "extension", Map.of("approve", true, "newDeadline", "2026-04-30", "note", "同意"));

        assertThat(openTask(caseNo, "handle").getId()).isEqualTo(handleId);
        assertThat(openTask(caseNo, "handle").getDueDate().toInstant()).isEqualTo(at(2026, 4, 30, 17, 30));
        assertThat(caseFiles.deadlines(caseNo).get("handle")).isEqualTo(at(2026, 4, 30, 17, 30));
        ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey("deadline-watch")
                .variableValueEquals("taskId", handleId).singleResult();
        assertThat(((Date) runtimeService.getVariable(watch.getId(), "dueAt")).toInstant()).isEqualTo(at(2026, 4, 30, 17, 30));

        // the old deadline passes without escalation
        timePasses(caseNo, at(2026, 4, 2, 9, 0));
        assertThat(caseFile(caseNo).overdue()).isFalse();
        assertThat(timelineTypes(caseNo)).contains("EXTENSION_REQUESTED", "extension", "EXTENSION_APPROVED").doesNotContain("OVERDUE");
    }

    @Test
    void aRefusedExtensionLeavesTheDeadlineWhereItWas() {
        String caseNo = complaintInHandling();
        complaints.requestExtension(user("unit-a"), caseNo, new ExtensionRequest("人手不足。", LocalDate.of(2026, 4, 15)));

        complete("supervisor", caseNo, "extension", Map.of("approve", false, "note", "理由不充分"));

        assertThat(process(caseNo)).isWaitingAt("handle");
        assertThat(openTask(caseNo, "handle").getDueDate().toInstant()).isEqualTo(at(2026, 4, 1, 17, 30));
        assertThat(timelineTypes(caseNo)).contains("EXTENSION_REFUSED");
    }

    @Test
    void anExtensionBeyondNinetyDaysFromSigningCannotBeApproved() {
        String caseNo = complaintInHandling();
        complaints.requestExtension(user("unit-a"), caseNo, new ExtensionRequest("案情复杂。", LocalDate.of(2026, 5, 29)));

        // 90 days from 2 March is Sunday 31 May, so the longest is Monday 1 June
        assertThatThrownBy(() -> complete("supervisor", caseNo, "extension", Map.of("approve", true, "newDeadline", "2026-06-02")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("newDeadline"));
        complete("supervisor", caseNo, "extension", Map.of("approve", true, "newDeadline", "2026-06-01"));
        assertThat(openTask(caseNo, "handle").getDueDate().toInstant()).isEqualTo(at(2026, 6, 1, 17, 30));
    }

    @Test
    void aUnitCannotAskForAnExtensionBeyondTheMaximumNorTwice() {
        String caseNo = complaintInHandling();
        assertThatThrownBy(() -> complaints.requestExtension(user("unit-a"), caseNo,
                new ExtensionRequest("案情复杂。", LocalDate.of(2026, 7, 1))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("requestedDeadline"));

        complaints.requestExtension(user("unit-a"), caseNo, new ExtensionRequest("案情复杂。", LocalDate.of(2026, 5, 1)));
        assertThatThrownBy(() -> complaints.requestExtension(user("unit-a"), caseNo,
                new ExtensionRequest("再次申请。", LocalDate.of(2026, 5, 2))))
                .isInstanceOf(org.bihuan.domain.ConflictException.class);
    }

    @Test
    void anOverdueSigningIsMarkedRemindedAndEscalatedToTheSupervisor() {
        String caseNo = submitComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));

        // due Tuesday 3 March 17:30 (1 working day)
        timePasses(caseNo, at(2026, 3, 3, 17, 29));
        assertThat(caseFile(caseNo).overdue()).isFalse();

        timePasses(caseNo, at(2026, 3, 3, 17, 31));

        assertThat(caseFile(caseNo).overdue()).isTrue();
        assertThat(caseFile(caseNo).overdueCount()).isEqualTo(1);
        assertThat(timelineTypes(caseNo)).contains("OVERDUE");
        assertThat(notices(caseNo)).contains("step.overdue->unit-a", "step.escalated->supervisor");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("superviseOverdue")
                .taskCandidateGroup("supervisor").count()).isEqualTo(1);

        // signing late stops the escalation but keeps the record
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("superviseOverdue").count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("deadline-watch")
                .processInstanceBusinessKey(caseNo).variableValueEquals("stepKey", "signFor").count()).isZero();
        assertThat(caseFile(caseNo).overdue()).isFalse();
        assertThat(caseFile(caseNo).overdueCount()).isEqualTo(1);
        assertThat(timelineTypes(caseNo)).contains("OVERDUE");
    }

    @Test
    void theSupervisorRecordsWhatWasDoneAboutAnOverdueStep() {
        String caseNo = complaintInHandling();
        timePasses(caseNo, at(2026, 4, 1, 17, 31));
        var superviseTask = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("superviseOverdue").singleResult();

        taskCompletion.complete(user("supervisor"), superviseTask.getId(), Map.of("note", "已电话催办财政局，要求三日内答复。"));

        assertThat(caseFiles.timeline(caseNo)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("superviseOverdue");
            assertThat(e.actor()).isEqualTo("supervisor");
            assertThat(e.note()).contains("要求三日内答复");
        });
        assertThat(process(caseNo)).isWaitingAt("handle");
    }

    @Test
    void theUnitIsWarnedTwoWorkingDaysBeforeTheHandleDeadline() {
        String caseNo = complaintInHandling();

        // handle due Wednesday 1 April 17:30; two working days before is Monday 30 March 17:30
        timePasses(caseNo, at(2026, 3, 30, 17, 29));
        assertThat(timelineTypes(caseNo)).doesNotContain("WARNING");

        timePasses(caseNo, at(2026, 3, 30, 17, 31));

        assertThat(timelineTypes(caseNo)).contains("WARNING");
        assertThat(notices(caseNo)).contains("step.warning->unit-a");
        assertThat(caseFile(caseNo).overdue()).isFalse();
    }
}
