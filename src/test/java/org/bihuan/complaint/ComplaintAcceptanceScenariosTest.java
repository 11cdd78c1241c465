package org.bihuan.complaint;

import org.bihuan.domain.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

class ComplaintAcceptanceScenariosTest extends ComplaintScenario {

    @Test
    void aSatisfiedComplaintGoesAroundTheWholeLoopAndIsClosed() {
        String caseNo = submitComplaint();
        assertThat(caseNo).matches("TS2026-\\d{6}");
        // received Monday 2 March 09:00: 10 working days → Monday 16 March, end of the office day
        assertThat(openTask(caseNo, "acceptReview").getDueDate().toInstant()).isEqualTo(at(2026, 3, 16, 17, 30));
        assertThat(caseFile(caseNo).status()).isEqualTo("SUBMITTED");

        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        assertThat(caseFile(caseNo).status()).isEqualTo("ACCEPTED");
        // the routing table suggests the SASAC for a city-level large enterprise; the clerk overrides it
        assertThat(runtimeService.getVariable(process(caseNo).getId(), "unitCode")).isEqualTo("GZW");
        assertThat(openTask(caseNo, "transfer").getDueDate().toInstant()).isEqualTo(at(2026, 3, 16, 17, 30));

        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        assertThat(caseFile(caseNo).status()).isEqualTo("TRANSFERRED");
        assertThat(caseFile(caseNo).unitCode()).isEqualTo("CZJ");
        assertThat(openTask(caseNo, "signFor").getDueDate().toInstant()).isEqualTo(at(2026, 3, 3, 17, 30));

        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        assertThat(caseFile(caseNo).status()).isEqualTo("IN_HANDLING");
        // 30 calendar days from signing on 2 March → 1 April
        assertThat(openTask(caseNo, "handle").getDueDate().toInstant()).isEqualTo(at(2026, 4, 1, 17, 30));
        assertThat(caseFile(caseNo).currentStep()).isEqualTo("handle");

        complete("unit-a", caseNo, "handle", Map.of("outcome", "PAID_IN_FULL", "amountRecovered", "1234567.89",
                "reply", "被投诉单位已全额支付。"));
        assertThat(caseFile(caseNo).status()).isEqualTo("REPLIED");
        assertThat(openTask(caseNo, "evaluate").getAssignee()).isEqualTo("ent-a");

        complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "SATISFIED", "comment", "感谢"));

        assertThat(process(caseNo)).isNull();
        assertThat(caseFile(caseNo).status()).isEqualTo("CLOSED");
        assertThat(caseFile(caseNo).closureReason()).isEqualTo("SATISFIED");
        assertThat(caseFile(caseNo).closedAt()).isNotNull();
        assertThat(statusHistory(caseNo)).containsExactly("ACCEPTED", "TRANSFERRED", "IN_HANDLING", "REPLIED", "CLOSED");
        assertThat(timelineTypes(caseNo)).containsSubsequence("SUBMITTED", "acceptReview", "transfer", "TRANSFERRED",
                "signFor", "handle", "evaluate", "CLOSED");
        ComplaintRecord complaint = complaintRecords.get(caseNo);
        assertThat(complaint.outcome()).isEqualTo("PAID_IN_FULL");
        assertThat(complaint.amountRecovered()).isEqualByComparingTo("1234567.89");
        assertThat(caseFiles.get(caseNo).satisfaction()).isEqualTo("SATISFIED");
        assertThat(notices(caseNo)).contains(
                "complaint.submitted->ent-a", "complaint.accepted->ent-a", "complaint.transferred->unit-a",
                "complaint.result->ent-a", "complaint.closed->ent-a");
    }

    @Test
    void aRejectedComplaintIsClosedAndTheComplainantGetsTheReason() {
        String caseNo = submitComplaint();

        complete("intake", caseNo, "acceptReview", Map.of("decision", "REJECT", "reason", "该欠款已由仲裁机构受理。"));

        assertThat(process(caseNo)).isNull();
        assertThat(caseFile(caseNo).status()).isEqualTo("REJECTED");
        assertThat(caseFile(caseNo).closureReason()).isEqualTo("REJECTED");
        assertThat(notices(caseNo)).contains("complaint.rejected->ent-a");
        String body = jdbc.sql("select body from notification where template = 'complaint.rejected' and body like ?")
                .param("%" + caseNo + "%").query(String.class).list().get(0);
        assertThat(body).contains("该欠款已由仲裁机构受理");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndNothingMoves() {
        String caseNo = submitComplaint();

        assertThatThrownBy(() -> complete("intake", caseNo, "acceptReview", Map.of("decision", "REJECT")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("reason"));

        assertThat(process(caseNo)).isWaitingAt("acceptReview");
        assertThat(timelineTypes(caseNo)).doesNotContain("acceptReview");
    }

    @Test
    void aComplaintInLitigationCannotBeAccepted() {
        String caseNo = complaints.submit(user("ent-a"), request(true)).trackingNo();

        assertThatThrownBy(() -> complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.violations()).extracting("field").containsExactly("decision");
                    assertThat(e.violations().get(0).message()).contains("inLitigation");
                });
        assertThat(process(caseNo)).isWaitingAt("acceptReview");
    }

    @Test
    void theAcceptanceClockPausesWhileTheEnterpriseSupplementsAndResumesWithWhatWasLeft() {
        String caseNo = submitComplaint();
        timePasses(caseNo, at(2026, 3, 4, 10, 0));

        complete("intake", caseNo, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", "请补充验收单据。"));

        assertThat(caseFile(caseNo).status()).isEqualTo("NEEDS_SUPPLEMENT");
        // paused on Wednesday 4 March with 8 working days left (5, 6, 9–13, 16 March)
        assertThat(runtimeService.getVariable(process(caseNo).getId(), "acceptRemainingWorkingDays")).isEqualTo(8);
        // the enterprise has 10 working days: Wednesday 18 March
        assertThat(openTask(caseNo, "supplement").getDueDate().toInstant()).isEqualTo(at(2026, 3, 18, 17, 30));
        assertThat(openTask(caseNo, "supplement").getAssignee()).isEqualTo("ent-a");
        assertThat(notices(caseNo)).contains("complaint.supplementRequested->ent-a");

        timePasses(caseNo, at(2026, 3, 10, 14, 0));
        complete("ent-a", caseNo, "supplement", Map.of("note", "已上传验收单。"));

        // resumed on Tuesday 10 March: the 8 working days left end on Friday 20 March
        assertThat(caseFile(caseNo).status()).isEqualTo("SUBMITTED");
        assertThat(openTask(caseNo, "acceptReview").getDueDate().toInstant()).isEqualTo(at(2026, 3, 20, 17, 30));
        assertThat(timelineTypes(caseNo)).containsSubsequence("CLOCK_PAUSED", "supplement", "CLOCK_RESUMED");
    }

    @Test
    void noSupplementInTimeMeansTheComplaintIsWithdrawn() {
        String caseNo = submitComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", "请补充合同。"));

        timePasses(caseNo, at(2026, 3, 16, 17, 29));
        assertThat(process(caseNo)).isWaitingAt("supplement");

        timePasses(caseNo, at(2026, 3, 16, 17, 31));

        assertThat(process(caseNo)).isNull();
        assertThat(caseFile(caseNo).status()).isEqualTo("WITHDRAWN");
        assertThat(caseFile(caseNo).closureReason()).isEqualTo("WITHDRAWN");
        assertThat(notices(caseNo)).contains("complaint.withdrawn->ent-a");
        // the enterprise's own deadline is not escalated to a supervisor
        assertThat(timelineTypes(caseNo)).doesNotContain("OVERDUE");
    }
}
