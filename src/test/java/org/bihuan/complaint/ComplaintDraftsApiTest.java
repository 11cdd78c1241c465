package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint kept as a draft on the server (/api/portal/drafts): its form data and evidence files, listed on any
 * device, filed through the complaint's own submit rules; its files become the case's attachments.
 */
class ComplaintDraftsApiTest extends ComplaintApiScenario {

    static final byte[] PDF = ComplaintAttachmentsApiTest.PDF;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void aDraftWithTwoFilesIsKeptListedUpdatedAndSubmittedIntoAComplaintWithTwoAttachmentsAndTheDraftIsGone() {
        Map<String, Object> partial = complaintWith("description", null);
        long id = createDraft("ent-a", partial);
        Reply contract = as("ent-a").upload(files(id), "contract.pdf", MediaType.APPLICATION_PDF, PDF);
        Reply invoice = as("ent-a").upload(files(id), "invoice.png", MediaType.IMAGE_PNG, PNG);
        assertThat(contract.status()).as(contract.text()).isEqualTo(201);
        assertThat(invoice.status()).as(invoice.text()).isEqualTo(201);

        Reply listed = as("ent-a").get("/api/portal/drafts?type=COMPLAINT");
        assertThat(listed.status()).isEqualTo(200);
        JsonNode kept = draftIn(listed.json(), id);
        assertThat(kept.get("type").asText()).isEqualTo("COMPLAINT");
        assertThat(kept.at("/data/respondent/name").asText()).isEqualTo("某市城市建设集团有限公司");
        assertThat(kept.at("/data/description").isMissingNode()).isTrue();
        assertThat(kept.get("files")).extracting(f -> f.get("filename").asText()).containsExactly("contract.pdf", "invoice.png");
        assertThat(kept.get("files")).extracting(f -> f.get("contentType").asText()).containsExactly("application/pdf", "image/png");
        assertThat(kept.get("expiresAt").asText()).isEqualTo("2026-04-01T01:00:00Z");
        Reply download = as("ent-a").get(files(id) + "/" + kept.get("files").get(0).get("id").asLong());
        assertThat(download.body()).isEqualTo(PDF);

        Reply updated = as("ent-a").put("/api/portal/drafts/" + id, complaintBody());
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json().at("/data/description").asText()).contains("逾期一年未付款");
        assertThat(updated.json().get("files")).hasSize(2);

        Reply submitted = as("ent-a").post("/api/portal/drafts/" + id + "/submit");

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String caseNo = submitted.json().get("caseNo").asText();
        assertThat(submitted.json().get("type").asText()).isEqualTo("COMPLAINT");
        assertThat(submitted.json().at("/receipt/trackingNo").asText()).isEqualTo(caseNo);
        assertThat(submitted.json().at("/receipt/acceptDeadline").asText()).isNotEmpty();
        JsonNode complaint = complaint("ent-a", caseNo);
        assertThat(complaint.get("status").asText()).isEqualTo("SUBMITTED");
        Reply attachments = as("ent-a").get("/api/complaints/" + caseNo + "/attachments");
        assertThat(attachments.json()).extracting(a -> a.get("filename").asText()).containsExactly("contract.pdf", "invoice.png");
        long pdfId = attachments.json().get(0).get("id").asLong();
        assertThat(as("ent-a").get("/api/complaints/" + caseNo + "/attachments/" + pdfId).body()).isEqualTo(PDF);
        assertThat(complaint.get("timeline")).filteredOn(e -> "ATTACHMENT".equals(e.get("type").asText()))
                .extracting(e -> e.get("note").asText()).containsExactly("contract.pdf", "invoice.png");

        assertThat(as("ent-a").get("/api/portal/drafts/" + id).status()).isEqualTo(404);
        assertThat(ids(as("ent-a").get("/api/portal/drafts").json())).doesNotContain(id);
        assertThat(jdbc.sql("select count(*) from case_draft_file where draft_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(as("ent-a").post("/api/portal/drafts/" + id + "/submit").status()).as("a second submit").isEqualTo(404);
    }

    @Test
    void anInvalidDraftIsNotSubmittedTheErrorsNameItsFieldsAndTheDraftAndItsFilesStayAsTheyWere() {
        Map<String, Object> body = complaintWith("description", null);
        body.put("contractDate", "not a date");
        @SuppressWarnings("unchecked") Map<String, Object> complainant = (Map<String, Object>) body.get("complainant");
        complainant.put("contactEmail", "no-at-sign");
        long id = createDraft("ent-a", body);
        as("ent-a").upload(files(id), "contract.pdf", MediaType.APPLICATION_PDF, PDF);
        String before = as("ent-a").get("/api/portal/drafts/" + id).text();
        long complaintsBefore = complaintsOf("ent-a");

        Reply refused = as("ent-a").post("/api/portal/drafts/" + id + "/submit");

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("contractDate", "description", "complainant.contactEmail");
        assertThat(as("ent-a").get("/api/portal/drafts/" + id).text()).isEqualTo(before);
        assertThat(complaintsOf("ent-a")).isEqualTo(complaintsBefore);
    }

    @Test
    void aDraftThatBreaksTheComplaintsOwnRulesIsRefusedByThemAsTheApiRefusesIt() {
        Map<String, Object> body = complaintWith("respondent.creditCode", TestUsers.ENT_A_CREDIT_CODE);
        body.put("paymentDueDate", "2024-01-01");
        long id = createDraft("ent-a", body);

        Reply refused = as("ent-a").post("/api/portal/drafts/" + id + "/submit");
        Reply direct = as("ent-a").post("/api/complaints", body);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("respondent.creditCode", "paymentDueDate");
        assertThat(refused.json().get("errors")).isEqualTo(direct.json().get("errors"));
        assertThat(as("ent-a").get("/api/portal/drafts/" + id).status()).isEqualTo(200);
    }

    @Test
    void anotherEnterprisesDraftIsNotFoundWhateverIsAskedOfIt() {
        long id = createDraft("ent-a", complaintBody());
        long fileId = as("ent-a").upload(files(id), "contract.pdf", MediaType.APPLICATION_PDF, PDF).json().get("id").asLong();
        String path = "/api/portal/drafts/" + id;

        assertThat(as("ent-b").get(path).status()).isEqualTo(404);
        assertThat(as("ent-b").put(path, Map.of()).status()).isEqualTo(404);
        assertThat(as("ent-b").delete(path).status()).isEqualTo(404);
        assertThat(as("ent-b").upload(files(id), "x.pdf", MediaType.APPLICATION_PDF, PDF).status()).isEqualTo(404);
        assertThat(as("ent-b").get(files(id) + "/" + fileId).status()).isEqualTo(404);
        assertThat(as("ent-b").delete(files(id) + "/" + fileId).status()).isEqualTo(404);
        assertThat(as("ent-b").post(path + "/submit").status()).isEqualTo(404);
        assertThat(ids(as("ent-b").get("/api/portal/drafts").json())).doesNotContain(id);
        assertThat(as("ent-a").get(path).json().get("files")).hasSize(1);
    }

    @Test
    void aDraftIsDeletedByItsOwnerAndAFileCanBeTakenOut() {
        long id = createDraft("ent-a", complaintBody());
        long fileId = as("ent-a").upload(files(id), "contract.pdf", MediaType.APPLICATION_PDF, PDF).json().get("id").asLong();

        assertThat(as("ent-a").delete(files(id) + "/" + fileId).status()).isEqualTo(204);
        assertThat(as("ent-a").get("/api/portal/drafts/" + id).json().get("files")).isEmpty();
        assertThat(as("ent-a").delete(files(id) + "/" + fileId).status()).isEqualTo(404);

        assertThat(as("ent-a").delete("/api/portal/drafts/" + id).status()).isEqualTo(204);
        assertThat(as("ent-a").get("/api/portal/drafts/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDraftFileIsCheckedByItsContentAsACasesEvidenceIs() {
        long id = createDraft("ent-a", complaintBody());
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

        Reply refused = as("ent-a").upload(files(id), "evil.pdf", MediaType.APPLICATION_PDF, script);
        Reply empty = as("ent-a").upload(files(id), "empty.pdf", MediaType.APPLICATION_PDF, new byte[0]);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("file");
        assertThat(refused.json().get("detail").asText()).contains("PDF, JPEG or PNG");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(as("ent-a").get("/api/portal/drafts/" + id).json().get("files")).isEmpty();
    }

    @Test
    void theLimitsAreStatedBeforeAnyUpload() {
        Reply limits = as("ent-a").get("/api/portal/drafts/limits");

        assertThat(limits.status()).as(limits.text()).isEqualTo(200);
        assertThat(limits.json().get("maxFileSizeBytes").asLong()).isEqualTo(10L * 1024 * 1024);
        assertThat(limits.json().get("allowedContentTypes")).extracting(JsonNode::asText)
                .containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(limits.json().get("maxFiles").asInt()).isEqualTo(20);
        assertThat(limits.json().get("retentionDays").asLong()).isEqualTo(30);
        assertThat(limits.json().get("typesTakingFiles")).extracting(JsonNode::asText).containsExactly("COMPLAINT");
    }

    @Test
    void aNewEmptyDraftStartsWithTheAccountsCreditCodeAndContact() {
        Reply created = as("ent-a").post("/api/portal/drafts?type=COMPLAINT");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().at("/data/complainant/creditCode").asText()).isEqualTo(TestUsers.ENT_A_CREDIT_CODE);
        assertThat(created.json().at("/data/complainant/contactPhone").asText()).isEqualTo("13800000001");
    }

    @Test
    void onlyAnAccountThatMayFileAComplaintKeepsComplaintDraftsAndTheTypeMustBeOneThatCanBeDrafted() {
        assertThat(as("unit-a").post("/api/portal/drafts?type=COMPLAINT", complaintBody()).status()).isEqualTo(403);
        assertThat(as("member").post("/api/portal/drafts?type=COMPLAINT", complaintBody()).status()).isEqualTo(403);
        Reply unknownType = as("ent-a").post("/api/portal/drafts?type=LAWSUIT", complaintBody());
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.errorFields()).containsExactly("type");
        Reply notAnObject = as("ent-a").post("/api/portal/drafts?type=COMPLAINT", List.of(1, 2));
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.errorFields()).containsExactly("body");
        assertThat(as("ent-a").get("/api/portal/drafts?type=LAWSUIT").status()).isEqualTo(400);
    }

    private long createDraft(String username, Map<String, Object> data) {
        Reply created = as(username).post("/api/portal/drafts?type=COMPLAINT", data);
        assertThat(created.status()).as("%s creates a draft: %s", username, created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String files(long id) {
        return "/api/portal/drafts/" + id + "/files";
    }

    private static JsonNode draftIn(JsonNode list, long id) {
        for (JsonNode draft : list) {
            if (draft.get("id").asLong() == id) {
                return draft;
            }
        }
        throw new AssertionError("draft " + id + " not in " + list);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new java.util.ArrayList<>();
        list.forEach(d -> ids.add(d.get("id").asLong()));
        return ids;
    }

    private long complaintsOf(String owner) {
        return jdbc.sql("select count(*) from case_file where owner_username = ? and case_type = 'COMPLAINT'").param(owner)
                .query(Long.class).single();
    }
}
