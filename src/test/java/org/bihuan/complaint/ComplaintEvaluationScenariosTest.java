package org.bihuan.complaint;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

class ComplaintEvaluationScenariosTest extends ComplaintScenario {

    @Test
    void noEvaluationInTimeIsRecordedAndTheClerkCallsTheComplainant() {
        String caseNo = complaintReplied();
        // replied Monday 2 March: 5 working days to evaluate → Monday 9 March 17:30
        assertThat(openTask(caseNo, "evaluate").getDueDate().toInstant()).isEqualTo(at(2026, 3, 9, 17, 30));

        timePasses(caseNo, at(2026, 3, 9, 17, 31));

        assertThat(process(caseNo)).isWaitingAt("followUpCall");
        assertThat(caseFiles.get(caseNo).satisfaction()).isEqualTo("NO_RESPONSE");
        assertThat(timelineTypes(caseNo)).contains("NO_RESPONSE");

        complete("intake", caseNo, "followUpCall", Map.of("satisfaction", "BASICALLY_SATISFIED", "comment", "电话回访：基本满意"));

        assertThat(process(caseNo)).isNull();
        assertThat(caseFile(caseNo).status()).isEqualTo("CLOSED");
        assertThat(caseFile(caseNo).closureReason()).isEqualTo("BASICALLY_SATISFIED");
    }

    @Test
    void anUnsatisfiedComplainantGetsTheCaseRehandledByTheSameUnitOnce() {
        String caseNo = complaintReplied();

        complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "UNSATISFIED", "comment", "还款计划过长"));

        assertThat(process(caseNo)).isWaitingAt("rehandle");
        assertThat(caseFile(caseNo).status()).isEqualTo("REHANDLING");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("rehandle")
                .taskCandidateGroup("CZJ").count()).isEqualTo(1);
        // 30 days from 2 March
        assertThat(openTask(caseNo, "rehandle").getDueDate().toInstant()).isEqualTo(at(2026, 4, 1, 17, 30));

        complete("unit-a", caseNo, "rehandle", Map.of("outcome", "PAID_IN_FULL", "amountRecovered", "1234567.89",
                "reply", "经再次协调，已全额支付。"));
        assertThat(caseFile(caseNo).status()).isEqualTo("REPLIED");
        assertThat(complaintRecords.get(caseNo).outcome()).isEqualTo("PAID_IN_FULL");

        complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "SATISFIED"));

        assertThat(caseFile(caseNo).status()).isEqualTo("CLOSED");
        assertThat(caseFile(caseNo).closureReason()).isEqualTo("SATISFIED");
        assertThat(caseFiles.get(caseNo).rehandleCount()).isEqualTo(1);
    }

    @Test
    void aSecondDissatisfactionGoesToTheSupervisorWhoClosesTheCase() {
        String caseNo = complaintReplied();
        complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "UNSATISFIED"));
        complete("unit-a", caseNo, "rehandle", Map.of("outcome", "LEGAL_ROUTE", "amountRecovered", "0",
                "reply", "双方分歧较大，建议通过诉讼解决。"));

        complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "UNSATISFIED", "comment", "仍不满意"));

        assertThat(process(caseNo)).isWaitingAt("reviewDissatisfaction");
        complete("supervisor", caseNo, "reviewDissatisfaction", Map.of("note", "经复核，承办单位已依法履职，予以办结。"));

        assertThat(process(caseNo)).isNull();
        assertThat(caseFile(caseNo).status()).isEqualTo("CLOSED");
        assertThat(caseFile(caseNo).closureReason()).isEqualTo("REVIEWED_BY_SUPERVISOR");
        assertThat(timelineTypes(caseNo)).containsSubsequence("evaluate", "REHANDLING", "rehandle", "evaluate",
                "reviewDissatisfaction", "CLOSED");
    }
}
