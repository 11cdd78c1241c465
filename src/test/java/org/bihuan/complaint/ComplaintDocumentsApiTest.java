package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint's official documents, each issued when its step completes: the 受理通知书, 不予受理告知书 and 补正通知书
 * to the enterprise, the 转办单 to the unit, a 督办通知书 to the unit; listed on the case, announced through the outbox,
 * downloaded as PDF and DOCX under the case's visibility rule, printed several at once.
 */
class ComplaintDocumentsApiTest extends ComplaintApiScenario {

    private static final String COMPLAINANT = "杭州甲乙科技有限公司";

    private List<JsonNode> documents(String username, String caseNo) {
        Reply reply = as(username).get("/api/cases/" + caseNo + "/documents");
        assertThat(reply.status()).as("%s lists the documents of %s: %s", username, caseNo, reply.text()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        reply.json().forEach(list::add);
        return list;
    }

    private JsonNode document(String username, String caseNo, String kind) {
        return documents(username, caseNo).stream().filter(d -> d.get("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " is not among the documents " + username + " sees on " + caseNo));
    }

    /** The notices written for the case with the template, to whom, and their bodies. */
    private List<Map<String, Object>> outbox(String caseNo, String template) {
        return jdbc.sql("select recipient_username, channel, body from notification where template = ? and body like ? order by id")
                .params(template, "%" + caseNo + "%").query().listOfRows();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s", "");
        }
    }

    @Test
    void acceptanceIssuesANumberedAcceptanceNoticeThatTheEnterpriseHearsOfAndDownloadsAsPdfAndDocx() throws IOException {
        String caseNo = fileComplaint();
        assertThat(documents("ent-a", caseNo)).isEmpty();

        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));

        JsonNode notice = document("ent-a", caseNo, "ACCEPTANCE_NOTICE");
        String number = notice.get("documentNo").asText();
        assertThat(number).matches("受〔2026〕\\d+号");
        assertThat(notice.get("name").asText()).isEqualTo("受理通知书");
        assertThat(notice.get("addressee").asText()).isEqualTo(COMPLAINANT);
        assertThat(notice.get("pdf").asText()).isEqualTo("/api/cases/" + caseNo + "/documents/" + notice.get("id").asLong() + ".pdf");
        assertThat(outbox(caseNo, "complaint.accepted")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("recipient_username")).isEqualTo("ent-a");
            assertThat((String) row.get("body")).contains("受理通知书（" + number + "）");
        });

        Reply pdf = as("ent-a").get(notice.get("pdf").asText());
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.headers().getContentDisposition().getFilename()).isEqualTo("受理通知书-" + number + ".pdf");
        // issued on Monday 2 March 2026 (the engine clock), received the same day
        assertThat(pdfText(pdf.body())).contains("市清理拖欠企业账款工作领导小组办公室", number, "受理通知书", COMPLAINANT + "：",
                "2026年3月2日提交", caseNo, "某市城市建设集团有限公司", "决定予以受理", "2026年3月2日");

        Reply docx = as("ent-a").get(notice.get("docx").asText());
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docxText(docx.body())).contains(number, "受理通知书", COMPLAINANT + "：", caseNo, "决定予以受理", "2026年3月2日");
    }

    @Test
    void anotherEnterpriseFindsNeitherTheListNorTheFilesAndThePartyNeverSeesTheUnitsTransferSheet() {
        String caseNo = complaintTransferredToCzj();
        JsonNode acceptance = document("intake", caseNo, "ACCEPTANCE_NOTICE");
        JsonNode transfer = document("intake", caseNo, "TRANSFER_SHEET");
        assertThat(transfer.get("documentNo").asText()).matches("转〔2026〕\\d+号");
        assertThat(transfer.get("addressee").asText()).isEqualTo("市财政局");
        assertThat(outbox(caseNo, "complaint.transferred")).extracting(row -> row.get("recipient_username"))
                .contains("unit-a").doesNotContain("ent-a", "unit-b");
        String acceptancePdf = acceptance.get("pdf").asText();
        String transferPdf = transfer.get("pdf").asText();

        assertThat(as("ent-b").get("/api/cases/" + caseNo + "/documents").status()).isEqualTo(404);
        assertThat(as("ent-b").get(acceptancePdf).status()).isEqualTo(404);
        assertThat(as("ent-b").get(acceptance.get("docx").asText()).status()).isEqualTo(404);
        assertThat(as("unit-b").get(transferPdf).status()).isEqualTo(404);

        assertThat(documents("ent-a", caseNo)).extracting(d -> d.get("kind").asText()).containsExactly("ACCEPTANCE_NOTICE");
        Reply partyAsksForTheSheet = as("ent-a").get(transferPdf);
        assertThat(partyAsksForTheSheet.status()).isEqualTo(404);
        assertThat(partyAsksForTheSheet.text()).doesNotStartWith("%PDF");
        assertThat(as("ent-a").get("/api/documents/" + transfer.get("id").asLong() + ".pdf").status()).isEqualTo(404);

        assertThat(documents("unit-a", caseNo)).extracting(d -> d.get("kind").asText())
                .containsExactly("ACCEPTANCE_NOTICE", "TRANSFER_SHEET");
        assertThat(as("unit-a").get(transferPdf).status()).isEqualTo(200);
    }

    @Test
    void anOfficialPrintsSeveralDocumentsAsOnePdfAndNobodyElseDoes() throws IOException {
        String caseNo = complaintTransferredToCzj();
        JsonNode acceptance = document("intake", caseNo, "ACCEPTANCE_NOTICE");
        JsonNode transfer = document("intake", caseNo, "TRANSFER_SHEET");
        int separately = pages(as("intake").get(acceptance.get("pdf").asText()).body())
                + pages(as("intake").get(transfer.get("pdf").asText()).body());
        String ids = acceptance.get("id").asLong() + "," + transfer.get("id").asLong();

        Reply batch = as("intake").get("/api/documents/batch.pdf?ids=" + ids);

        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        assertThat(batch.contentType()).isEqualTo("application/pdf");
        assertThat(pages(batch.body())).isEqualTo(separately).isGreaterThanOrEqualTo(2);
        String text = pdfText(batch.body());
        assertThat(text.indexOf(acceptance.get("documentNo").asText())).isLessThan(text.indexOf(transfer.get("documentNo").asText()));

        assertThat(as("ent-a").get("/api/documents/batch.pdf?ids=" + acceptance.get("id").asLong()).status()).isEqualTo(403);
        assertThat(as("unit-b").get("/api/documents/batch.pdf?ids=" + ids).status()).isEqualTo(404);
        assertThat(as("intake").get("/api/documents/batch.pdf?ids=x").errorFields()).containsExactly("ids");
        assertThat(as("intake").get("/api/documents/batch.pdf").errorFields()).containsExactly("ids");
    }

    @Test
    void aRejectionIssuesTheRejectionNoticeWithTheReasonAndWhereToTurnInstead() throws IOException {
        String withDefault = fileComplaint();
        complete("intake", withDefault, "acceptReview", Map.of("decision", "REJECT", "reason", "该事项已由人民法院受理。"));
        String withReferral = fileComplaint();
        complete("intake", withReferral, "acceptReview", Map.of("decision", "REJECT", "reason", "被投诉人不在本市。",
                "referral", "请向被投诉人所在地的省级投诉受理部门反映。"));

        JsonNode notice = document("ent-a", withDefault, "REJECTION_NOTICE");
        assertThat(notice.get("documentNo").asText()).matches("不受〔2026〕\\d+号");
        assertThat(pdfText(as("ent-a").get(notice.get("pdf").asText()).body()))
                .contains("不予受理告知书", "决定不予受理", "该事项已由人民法院受理。", "依法向人民法院提起诉讼");
        assertThat(outbox(withDefault, "complaint.rejected")).extracting(row -> (String) row.get("body"))
                .allSatisfy(body -> assertThat(body).contains(notice.get("documentNo").asText()));
        assertThat(pdfText(as("ent-a").get(document("ent-a", withReferral, "REJECTION_NOTICE").get("pdf").asText()).body()))
                .contains("被投诉人不在本市。", "请向被投诉人所在地的省级投诉受理部门反映。").doesNotContain("依法向人民法院提起诉讼");
    }

    @Test
    void aSupplementRequestIssuesTheSupplementNoticeWithWhatAndByWhen() throws IOException {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", "请补充合同及验收单扫描件。"));

        JsonNode notice = document("ent-a", caseNo, "SUPPLEMENT_NOTICE");
        assertThat(notice.get("documentNo").asText()).matches("补〔2026〕\\d+号");
        // ten working days from Monday 2 March: Monday 16 March, office closing time
        assertThat(pdfText(as("ent-a").get(notice.get("pdf").asText()).body()))
                .contains("补正通知书", "请补充合同及验收单扫描件。", "2026-03-1617:30", "视为撤回投诉");
        assertThat(outbox(caseNo, "complaint.supplementRequested")).isNotEmpty();
    }

    @Test
    void aSupervisionLetterIsOneOfTheCasesDocumentsWithTheLedgersNumber() {
        String caseNo = complaintInHandling();
        Reply supervised = as("supervisor").post("/api/supervision/cases/" + caseNo + "/supervisions",
                Map.of("level", "SUPERVISION_LETTER", "note", "请按期办结。"));
        assertThat(supervised.status()).as(supervised.text()).isEqualTo(201);
        String letterNo = supervised.json().get("letterNo").asText();

        JsonNode letter = document("supervisor", caseNo, "SUPERVISION_LETTER");

        assertThat(letter.get("documentNo").asText()).isEqualTo(letterNo).matches("督〔2026〕\\d+号");
        assertThat(letter.get("addressee").asText()).isEqualTo("市财政局");
        // the 督办 ladder's own notice to the unit announces the letter by its number
        assertThat(jdbc.sql("select recipient_username from notification where body like ?").param("%" + letterNo + "%")
                .query(String.class).list()).contains("unit-a").doesNotContain("ent-a");
        assertThat(documents("ent-a", caseNo)).extracting(d -> d.get("kind").asText()).doesNotContain("SUPERVISION_LETTER");
        assertThat(as("unit-a").get("/api/supervision/ledger/" + supervised.json().get("id").asLong() + "/letter.pdf").contentType())
                .isEqualTo("application/pdf");
        assertThat(as("supervisor").get("/api/cases/" + caseNo).json().get("letters")).extracting(l -> l.get("reference").asText())
                .contains(letterNo);
    }
}
