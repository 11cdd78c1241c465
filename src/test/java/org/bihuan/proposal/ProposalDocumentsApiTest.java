package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal's official documents: one 交办单 to each unit it is assigned to, announced to that unit; the 答复函 to
 * the proposers when the reply is recorded, the same that {@code …/reply.pdf} prints; the units' sheets are not the
 * member's to see. A 交办清单 lists a unit's assignments of a period as one numbered document.
 */
class ProposalDocumentsApiTest extends ProposalApiScenario {

    private List<JsonNode> documents(String username, String proposalNo) {
        Reply reply = as(username).get("/api/cases/" + proposalNo + "/documents");
        assertThat(reply.status()).as("%s lists the documents of %s: %s", username, proposalNo, reply.text()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        reply.json().forEach(list::add);
        return list;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    @Test
    void assignmentIssuesOneAssignmentSheetToEachUnitWhichHearsOfIt() throws IOException {
        String proposalNo = fileIndividual("member");
        register(proposalNo);

        assign(proposalNo, "CZJ", List.of("GZW"));

        List<JsonNode> sheets = documents("committee", proposalNo).stream()
                .filter(d -> d.get("kind").asText().equals("ASSIGNMENT_SHEET")).toList();
        assertThat(sheets).extracting(d -> d.get("addressee").asText()).containsExactly("市财政局", "市国资委");
        assertThat(sheets).extracting(d -> d.get("documentNo").asText()).allMatch(no -> no.matches("提交〔2026〕\\d+号")).doesNotHaveDuplicates();
        for (JsonNode sheet : sheets) {
            String unitUser = sheet.get("addressee").asText().equals("市财政局") ? "unit-a" : "unit-b";
            List<Map<String, Object>> told = jdbc.sql("select recipient_username, body from notification where template = 'proposal.assigned' and body like ?")
                    .param("%" + sheet.get("documentNo").asText() + "%").query().listOfRows();
            assertThat(told).extracting(row -> row.get("recipient_username")).contains(unitUser).doesNotContain("member");
        }
        String lead = pdfText(as("unit-a").get(sheets.get(0).get("pdf").asText()).body());
        assertThat(lead).contains("政协提案交办单", "市财政局：", "郑委员", proposalNo, TITLE, "主办", "市政协提案委员会");
        assertThat(pdfText(as("unit-b").get(sheets.get(1).get("pdf").asText()).body())).contains("市国资委：", "会办");
        assertThat(documents("member", proposalNo)).isEmpty();
        assertThat(as("member").get(sheets.get(0).get("pdf").asText()).status()).isEqualTo(404);
    }

    @Test
    void theReplyIssuesTheReplyLetterToTheProposersAndReplyPdfPrintsIt() throws IOException {
        String proposalNo = proposalReplied(true);

        JsonNode letter = documents("member", proposalNo).stream().filter(d -> d.get("kind").asText().equals("REPLY_LETTER"))
                .findFirst().orElseThrow();

        assertThat(letter.get("documentNo").asText()).matches("CZJ提复〔2026〕\\d+号");
        assertThat(letter.get("addressee").asText()).isEqualTo("郑委员");
        String text = pdfText(as("member").get(letter.get("pdf").asText()).body());
        assertThat(text).contains("市财政局", letter.get("documentNo").asText(), "郑委员：", REPLY_TEXT, "抄送：市政协提案委员会。");
        assertThat(pdfText(as("member").get("/api/proposals/" + proposalNo + "/reply.pdf").body()))
                .contains(letter.get("documentNo").asText());
        assertThat(jdbc.sql("select count(*) from notification where template = 'proposal.replied' and recipient_username = 'member' and body like ?")
                .param("%" + letter.get("documentNo").asText() + "%").query(Long.class).single()).isPositive();
        assertThat(documents("member", proposalNo)).extracting(d -> d.get("kind").asText()).containsExactly("REPLY_LETTER");
    }

    @Test
    void theMemberFindsTheReplyLetterOnTheProposalPageAndDownloadsItWithThePagesSession() {
        String proposalNo = proposalReplied(false);
        JsonNode letter = documents("member", proposalNo).get(0);
        String href = "/documents/" + proposalNo + "/" + letter.get("id").asLong() + ".pdf";
        PageClient member = new PageClient(port).signIn("member");

        PageClient.Page page = member.get("/portal/proposals/" + proposalNo);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"documents\"", "答复函", letter.get("documentNo").asText(), "href=\"" + href + "\"",
                "href=\"/documents/" + proposalNo + "/" + letter.get("id").asLong() + ".docx\"");
        PageClient.Page pdf = member.get(href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new PageClient(port).signIn("member2").get(href).status()).isEqualTo(404);
    }

    @Test
    void theCommitteeIssuesAUnitsAssignmentListForAPeriodAndTheUnitDownloadsIt() throws IOException {
        String first = fileIndividual("member");
        register(first);
        assign(first, "CZJ", List.of());
        String second = fileIndividual("member2");
        register(second);
        assign(second, "GZW", List.of("CZJ"));

        Reply issued = as("committee").post("/api/proposals/assignment-list/documents",
                Map.of("unit", "CZJ", "from", "2026-03-01", "to", "2026-03-31"));

        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        JsonNode list = issued.json();
        assertThat(list.get("documentNo").asText()).matches("提交清〔2026〕\\d+号");
        assertThat(list.get("pdf").asText()).isEqualTo("/api/documents/" + list.get("id").asLong() + ".pdf");
        String text = pdfText(as("unit-a").get(list.get("pdf").asText()).body());
        assertThat(text).contains("政协提案交办清单", "市财政局：", first, second, "主办", "会办");
        assertThat(as("unit-b").get(list.get("pdf").asText()).status()).isEqualTo(404);
        assertThat(as("member").get(list.get("pdf").asText()).status()).isEqualTo(404);
        assertThat(as("unit-a").post("/api/proposals/assignment-list/documents", Map.of("unit", "CZJ")).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from notification where template = 'proposal.assignmentList' and recipient_username = 'unit-a'")
                .query(Long.class).single()).isPositive();
    }
}
