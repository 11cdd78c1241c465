package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.identity.CreditCode;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/complaints and the readings of a complaint: the contract an enterprise's client relies on. */
class ComplaintSubmissionApiTest extends ComplaintApiScenario {

    /** 10 working days after Monday 2 March 2026 (the receipt day never counts), at 17:30 in Shanghai. */
    static final String ACCEPT_DEADLINE = "2026-03-16T09:30:00Z";
    /** A valid code of a third company, neither ent-a nor ent-b. */
    static final String THIRD_COMPANY_CREDIT_CODE = "91330100MA2QW3E4R" + CreditCode.checkCharacter("91330100MA2QW3E4R");

    @Test
    void anEnterpriseFilesAComplaintAndGetsItsTrackingNumberLocationAndAcceptanceDeadline() {
        Reply submitted = as("ent-a").post("/api/complaints", complaintBody());

        assertThat(submitted.status()).isEqualTo(201);
        JsonNode body = submitted.json();
        String trackingNo = body.get("trackingNo").asText();
        assertThat(trackingNo).matches("TS2026-\\d{6}");
        assertThat(body.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.get("acceptDeadline").asText()).isEqualTo(ACCEPT_DEADLINE);
        String location = submitted.headers().getFirst(HttpHeaders.LOCATION);
        assertThat(location).isEqualTo("http://localhost:" + port + "/api/complaints/" + trackingNo);

        assertThat(as("ent-a").get("/api/complaints/" + trackingNo).status()).isEqualTo(200);
    }

    @Test
    void theFiledComplaintShowsItsPartiesAmountCurrentStepDeadlinesAndTimeline() {
        String caseNo = fileComplaint();

        JsonNode complaint = complaint("ent-a", caseNo);

        assertThat(complaint.get("trackingNo").asText()).isEqualTo(caseNo);
        assertThat(complaint.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(complaint.at("/complainant/name").asText()).isEqualTo("杭州甲乙科技有限公司");
        assertThat(complaint.at("/complainant/creditCode").asText()).isEqualTo(TestUsers.ENT_A_CREDIT_CODE);
        assertThat(complaint.at("/complainant/sizeClass").asText()).isEqualTo("SMALL");
        assertThat(complaint.at("/respondent/name").asText()).isEqualTo("某市城市建设集团有限公司");
        assertThat(complaint.at("/respondent/type").asText()).isEqualTo("LARGE_ENTERPRISE");
        assertThat(complaint.at("/respondent/contactPhone").asText()).isEqualTo("0571-88000000");
        assertThat(complaint.get("amountOwed").decimalValue()).isEqualByComparingTo(new BigDecimal("1234567.89"));
        assertThat(complaint.get("contractDate").asText()).isEqualTo("2024-03-01");
        assertThat(complaint.get("inLitigation").asBoolean()).isFalse();
        assertThat(complaint.get("currentStep").asText()).isEqualTo("acceptReview");
        assertThat(complaint.get("currentDue").asText()).isEqualTo(ACCEPT_DEADLINE);
        assertThat(complaint.at("/deadlines/acceptReview").asText()).isEqualTo(ACCEPT_DEADLINE);
        assertThat(complaint.get("overdue").asBoolean()).isFalse();
        assertThat(complaint.get("receivedAt").asText()).isEqualTo("2026-03-02T01:00:00Z");
        assertThat(complaint.get("timeline")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("SUBMITTED");
            assertThat(event.get("actor").asText()).isEqualTo("ent-a");
            assertThat(event.get("at").asText()).isEqualTo("2026-03-02T01:00:00Z");
        });
    }

    @Test
    void theListFiltersByStatusAndSearchTextAndPagesNewestFirstWithTheTotal() {
        String respondent = "分页测试单位-" + UUID.randomUUID();
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Reply submitted = as("ent-a").post("/api/complaints", complaintWith("respondent.name", respondent));
            assertThat(submitted.status()).isEqualTo(201);
            filed.add(submitted.json().get("trackingNo").asText());
        }

        JsonNode firstPage = as("ent-a").get("/api/complaints?q=" + respondent + "&page=0&size=2").json();
        JsonNode secondPage = as("ent-a").get("/api/complaints?q=" + respondent + "&page=1&size=2").json();

        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
        assertThat(firstPage.get("page").asInt()).isZero();
        assertThat(firstPage.get("size").asInt()).isEqualTo(2);
        assertThat(trackingNumbers(firstPage)).containsExactly(filed.get(2), filed.get(1));
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(trackingNumbers(secondPage)).containsExactly(filed.get(0));
        JsonNode item = secondPage.get("items").get(0);
        assertThat(item.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(item.get("complainantName").asText()).isEqualTo("杭州甲乙科技有限公司");
        assertThat(item.get("respondentName").asText()).isEqualTo(respondent);
        assertThat(item.get("amountOwed").decimalValue()).isEqualByComparingTo("1234567.89");
        assertThat(item.get("currentStep").asText()).isEqualTo("acceptReview");
        assertThat(item.get("overdue").asBoolean()).isFalse();

        JsonNode submittedOnes = as("ent-a").get("/api/complaints?status=SUBMITTED&q=" + filed.get(0)).json();
        assertThat(trackingNumbers(submittedOnes)).containsExactly(filed.get(0));
        assertThat(as("ent-a").get("/api/complaints?status=CLOSED&q=" + respondent).json().get("total").asLong()).isZero();
    }

    @Test
    void aPageSizeOutsideItsRangeIsABadRequestNamingSize() {
        Reply reply = as("ent-a").get("/api/complaints?size=0");

        assertInvalid(reply, "size");
    }

    @Test
    void everyoneSignedInLearnsWhoTheyAreAndTheHandlingUnits() {
        JsonNode enterprise = as("ent-a").get("/api/me").json();
        assertThat(enterprise.get("username").asText()).isEqualTo("ent-a");
        assertThat(enterprise.get("roles")).extracting(JsonNode::asText).containsExactly("ENTERPRISE");
        assertThat(enterprise.get("creditCode").asText()).isEqualTo(TestUsers.ENT_A_CREDIT_CODE);
        JsonNode official = as("unit-b").get("/api/me").json();
        assertThat(official.get("unitCode").asText()).isEqualTo("GZW");
        assertThat(official.get("displayName").asText()).isEqualTo("孙承办（国资委）");

        Reply units = as("ent-a").get("/api/units");
        assertThat(units.status()).isEqualTo(200);
        assertThat(units.json()).anySatisfy(unit -> {
            assertThat(unit.get("code").asText()).isEqualTo("CZJ");
            assertThat(unit.get("name").asText()).isEqualTo("市财政局");
        });
        assertThat(units.json()).extracting(unit -> unit.get("code").asText()).contains("GZW").doesNotContain("QQB");
    }

    static Stream<Arguments> invalidComplaints() {
        return Stream.of(
                Arguments.of("a complainant credit code with a wrong check character", "complainant.creditCode", "91330100MA2X7K1L1H"),
                Arguments.of("a respondent credit code with a wrong check character", "respondent.creditCode", "91330100MA2H3B4C62"),
                Arguments.of("a credit code with a letter outside the alphabet", "respondent.creditCode", "91330100MA2H3B4CO1"),
                Arguments.of("an amount of zero", "amountOwed", "0"),
                Arguments.of("a negative amount", "amountOwed", "-100.00"),
                Arguments.of("an amount with three decimals", "amountOwed", "100.123"),
                Arguments.of("an amount that is not a number", "amountOwed", "abc"),
                Arguments.of("a respondent type outside the list", "respondent.type", "PRIVATE_PERSON"),
                Arguments.of("a size class outside the list", "complainant.sizeClass", "LARGE"),
                Arguments.of("a date that is not a date", "contractDate", "2024-02-30"),
                Arguments.of("inLitigation that is not a boolean", "inLitigation", "perhaps"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {1}, and nothing is stored")
    @MethodSource("invalidComplaints")
    void anInvalidComplaintIsRefusedNamingTheFieldAndNothingIsStored(String scenario, String field, Object value) {
        long before = ownComplaints("ent-a");

        Reply reply = as("ent-a").post("/api/complaints", complaintWith(field, value));

        assertInvalid(reply, field);
        assertThat(ownComplaints("ent-a")).isEqualTo(before);
    }

    @Test
    void missingContactsAreEachNamed() {
        Map<String, Object> body = complaintBody();
        List.of("contactName", "contactPhone", "contactEmail").forEach(key -> party(body, "complainant").remove(key));
        List.of("contactName", "contactPhone").forEach(key -> party(body, "respondent").remove(key));
        long before = ownComplaints("ent-a");

        Reply reply = as("ent-a").post("/api/complaints", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("complainant.contactName", "complainant.contactPhone",
                "complainant.contactEmail", "respondent.contactName", "respondent.contactPhone");
        assertThat(reply.json().get("detail").asText()).isEqualTo("5 fields are invalid");
        assertThat(ownComplaints("ent-a")).isEqualTo(before);
    }

    @Test
    void brokenJsonIsABadRequestAboutTheBody() {
        long before = ownComplaints("ent-a");

        Reply reply = as("ent-a").postJson("/api/complaints", "{\"complainant\": {\"name\": ");

        assertInvalid(reply, "body");
        assertThat(ownComplaints("ent-a")).isEqualTo(before);
    }

    @Test
    void anEnterpriseCannotFileInTheNameOfAnotherEnterprise() {
        Map<String, Object> body = complaintWith("complainant.creditCode", TestUsers.ENT_B_CREDIT_CODE);
        party(body, "respondent").put("creditCode", THIRD_COMPANY_CREDIT_CODE);
        long before = ownComplaints("ent-a");

        Reply reply = as("ent-a").post("/api/complaints", body);

        assertInvalid(reply, "complainant.creditCode");
        assertThat(reply.json().at("/errors/0/message").asText()).contains(TestUsers.ENT_A_CREDIT_CODE);
        assertThat(ownComplaints("ent-a")).isEqualTo(before);
    }

    @Test
    void aComplaintAgainstItselfIsRefused() {
        Reply reply = as("ent-a").post("/api/complaints", complaintWith("respondent.creditCode", TestUsers.ENT_A_CREDIT_CODE));

        assertInvalid(reply, "respondent.creditCode");
    }

    @Test
    void onlyAnEnterpriseMayFileAComplaint() {
        long before = ownComplaints("intake");

        Reply reply = as("intake").post("/api/complaints", complaintBody());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(403);
        assertThat(ownComplaints("intake")).isEqualTo(before);
    }

    private void assertInvalid(Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
        assertThat(reply.json().at("/errors/0/message").asText()).isNotBlank();
    }

    /** Every complaint the user sees (for an enterprise: the ones it filed). */
    private long ownComplaints(String username) {
        return as(username).get("/api/complaints").json().get("total").asLong();
    }

    private static List<String> trackingNumbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("trackingNo").asText()));
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> party(Map<String, Object> body, String party) {
        return (Map<String, Object>) body.get(party);
    }
}
