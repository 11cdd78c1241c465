package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.identity.CreditCode;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints that arrive by phone, e-mail, letter or hotline (POST /api/complaints/on-behalf): an intake clerk files
 * them with the channel and the date received; a receipt more than 2 working days back waits for a supervisor; the
 * signed promise must be attached before acceptance review; the enterprise hears through the contact it gave.
 * The clock stands on Monday 2 March 2026, 09:00.
 */
class OnBehalfFilingApiTest extends ComplaintApiScenario {

    @Test
    void aPhoneComplaintReceivedThreeWorkingDaysBackWaitsForTheSupervisorsConfirmation() {
        // Thursday 26 February: three working days lie between, 27 February, Saturday 28 February (a make-up working
        // day after the Spring Festival) and 2 March
        Reply filed = as("intake").post("/api/complaints/on-behalf", onBehalf("PHONE", "2026-02-26T10:00:00", complaintBody()));

        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String caseNo = filed.json().get("trackingNo").asText();
        assertThat(tasksOf("supervisor", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("confirmBackdate");
        assertThat(tasksOf("intake", caseNo)).extracting(t -> t.get("taskKey").asText()).doesNotContain("acceptReview");
        assertThat(timelineTypes(caseNo)).contains("FILED_ON_BEHALF", "BACKDATE_CONFIRMATION_REQUESTED");
        JsonNode details = as("intake").get("/api/cases/" + caseNo).json();
        assertThat(details.get("channel").asText()).isEqualTo("PHONE");
        assertThat(details.at("/lifecycle/channel").asText()).isEqualTo("PHONE");
        assertThat(Instant.parse(details.get("receivedAt").asText())).isEqualTo(at(2026, 2, 26, 10, 0));
        assertThat(Instant.parse(filed.json().get("acceptDeadline").asText()))
                .as("10 working days from the receipt, not from the filing").isEqualTo(at(2026, 3, 11, 17, 30));

        complete("supervisor", caseNo, "confirmBackdate", Map.of("backdate", "CONFIRM", "reason", "来电记录显示 2 月 25 日来电。"));

        assertThat(timelineTypes(caseNo)).contains("BACKDATE_CONFIRMED");
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("PROMISE_PENDING");
    }

    @Test
    void aReceiptTwoWorkingDaysBackNeedsNoConfirmation() {
        Reply filed = as("intake").post("/api/complaints/on-behalf", onBehalf("HOTLINE_12345", "2026-02-27T15:00:00", complaintBody()));

        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String caseNo = filed.json().get("trackingNo").asText();
        assertThat(tasksOf("supervisor", caseNo)).isEmpty();
        assertThat(filed.json().get("status").asText()).isEqualTo("PROMISE_PENDING");
    }

    @Test
    void aRefusedBackdateCountsTheCaseAsReceivedWhenItWasFiled() {
        String caseNo = as("intake").post("/api/complaints/on-behalf", onBehalf("LETTER", "2026-02-20T09:00:00", complaintBody()))
                .json().get("trackingNo").asText();

        complete("supervisor", caseNo, "confirmBackdate", Map.of("backdate", "REFUSE", "reason", "信封邮戳为 3 月 1 日。"));

        assertThat(timelineTypes(caseNo)).contains("BACKDATE_REFUSED");
        assertThat(Instant.parse(as("intake").get("/api/cases/" + caseNo).json().get("receivedAt").asText()))
                .isEqualTo(MONDAY_2_MARCH_0900);
    }

    @Test
    void aReceiptInTheFutureAWrongChannelAndAnEnterpriseFilingOnBehalfAreRefused() {
        Reply future = as("intake").post("/api/complaints/on-behalf", onBehalf("PHONE", "2026-03-03T09:00:00", complaintBody()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("receivedAt");

        Reply web = as("intake").post("/api/complaints/on-behalf", onBehalf("WEB", "2026-03-02T08:00:00", complaintBody()));
        assertThat(web.status()).isEqualTo(400);
        assertThat(web.errorFields()).containsExactly("channel");

        Reply nested = as("intake").post("/api/complaints/on-behalf",
                onBehalf("EMAIL", "2026-03-02T08:00:00", complaintWith("respondent.creditCode", TestUsers.ENT_A_CREDIT_CODE)));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.errorFields()).containsExactly("complaint.respondent.creditCode");

        assertThat(as("ent-a").post("/api/complaints/on-behalf", onBehalf("PHONE", "2026-03-02T08:00:00", complaintBody())).status())
                .isEqualTo(403);
    }

    @Test
    void aComplaintWaitingForItsPromiseCannotBeAcceptedUntilTheScanIsAttached() {
        String caseNo = as("intake").post("/api/complaints/on-behalf", onBehalf("PHONE", "2026-03-02T08:30:00", complaintBody()))
                .json().get("trackingNo").asText();
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("PROMISE_PENDING");
        assertThat(complaint("intake", caseNo).get("promisePending").asBoolean()).isTrue();
        assertThat(tasksOf("intake", caseNo)).as("no acceptance review to accept in").isEmpty();

        Reply evidence = as("intake").upload("/api/complaints/" + caseNo + "/attachments", "contract.pdf", MediaType.APPLICATION_PDF, ONE_PAGE_PDF);
        assertThat(evidence.status()).isEqualTo(201);
        assertThat(complaint("intake", caseNo).get("status").asText()).as("other evidence is not the promise").isEqualTo("PROMISE_PENDING");
        assertThat(tasksOf("intake", caseNo)).isEmpty();

        Reply promise = as("intake").upload("/api/complaints/" + caseNo + "/attachments?kind=PROMISE", "promise.pdf",
                MediaType.APPLICATION_PDF, ONE_PAGE_PDF);

        assertThat(promise.status()).as(promise.text()).isEqualTo(201);
        JsonNode after = complaint("intake", caseNo);
        assertThat(after.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(after.get("promisePending").asBoolean()).isFalse();
        assertThat(timelineTypes(caseNo)).containsSubsequence("CLOCK_PAUSED", "PROMISE_RECEIVED", "CLOCK_RESUMED");
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aPromiseAttachedWhileTheSupervisorStillConfirmsTheDateIsNotAskedForAgain() {
        String caseNo = as("intake").post("/api/complaints/on-behalf", onBehalf("PHONE", "2026-02-25T10:00:00", complaintBody()))
                .json().get("trackingNo").asText();
        as("intake").upload("/api/complaints/" + caseNo + "/attachments?kind=PROMISE", "promise.pdf", MediaType.APPLICATION_PDF, ONE_PAGE_PDF);

        complete("supervisor", caseNo, "confirmBackdate", Map.of("backdate", "CONFIRM", "reason", "来电记录。"));

        assertThat(complaint("intake", caseNo).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(tasksOf("intake", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("acceptReview");
    }

    @Test
    void anEnterpriseWithoutAnAccountGetsTheTrackingNumberBySms() {
        String creditCode = creditCodeWithoutAccount();
        Map<String, Object> body = complaintWith("complainant.creditCode", creditCode);
        @SuppressWarnings("unchecked")
        Map<String, Object> complainant = (Map<String, Object>) body.get("complainant");
        complainant.put("contactPhone", "13900000099");
        complainant.put("contactEmail", "finance@no-account.example");

        Reply filed = as("intake").post("/api/complaints/on-behalf", onBehalf("HOTLINE_96611", "2026-03-02T08:00:00", body));

        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String caseNo = filed.json().get("trackingNo").asText();
        List<Map<String, Object>> sms = jdbc.sql("select address, body, template, recipient_username from notification where channel = 'SMS' and body like ?")
                .param("%" + caseNo + "%").query().listOfRows();
        assertThat(sms).singleElement().satisfies(row -> {
            assertThat(row.get("address")).isEqualTo("13900000099");
            assertThat(row.get("template")).isEqualTo("complaint.filedOnBehalf");
            assertThat((String) row.get("body")).contains(caseNo);
            assertThat(row.get("recipient_username")).isEqualTo("enterprise:" + creditCode);
        });
        assertThat(jdbc.sql("select owner_username from case_file where case_no = ?").param(caseNo).query(String.class).single())
                .as("without an account the filing clerk holds the case").isEqualTo("intake");
    }

    @Test
    void anEnterpriseWithAnAccountSeesTheComplaintFiledForItInItsPortal() {
        Reply filed = as("intake").post("/api/complaints/on-behalf", onBehalf("WALK_IN", "2026-03-02T08:00:00", complaintBody()));
        String caseNo = filed.json().get("trackingNo").asText();

        assertThat(listed("ent-a", caseNo)).isEqualTo(1);
        assertThat(complaint("ent-a", caseNo).get("channel").asText()).isEqualTo("WALK_IN");
        assertThat(listed("ent-b", caseNo)).isZero();
    }

    private static Map<String, Object> onBehalf(String channel, String receivedAt, Map<String, Object> complaint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("receivedAt", receivedAt);
        body.put("complaint", complaint);
        return body;
    }

    private List<String> timelineTypes(String caseNo) {
        List<String> types = new ArrayList<>();
        complaint("intake", caseNo).get("timeline").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    /** A valid credit code no account holds (each call a new one, for the outbox to tell the cases apart). */
    private static String creditCodeWithoutAccount() {
        String first17 = "91330100MA" + String.format("%07d", System.nanoTime() % 10_000_000);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
