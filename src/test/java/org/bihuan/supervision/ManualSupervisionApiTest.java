package org.bihuan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/supervision/cases/{caseNo}/supervisions: a supervisor issues a 督办书 by hand on Monday 2 March,
 * the unit answers it through its task list, and the numbered 督办通知书 comes as a PDF.
 */
class ManualSupervisionApiTest extends SupervisionApiScenario {

    @Test
    void aSupervisorIssuesASupervisionLetterAndTheLedgerLineIsWhereTheLocationPoints() {
        String caseNo = complaints.inHandling();

        Reply created = supervise("supervisor", caseNo, letter("请加快办理，按期答复投诉人。"));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode line = created.json();
        assertThat(created.headers().getLocation()).isNotNull();
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/supervision/ledger/" + line.get("id").asLong());
        assertThat(line.get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(line.get("level").asText()).isEqualTo("SUPERVISION_LETTER");
        assertThat(line.get("manual").asBoolean()).isTrue();
        assertThat(line.get("by").asText()).isEqualTo("supervisor");
        assertThat(line.get("note").asText()).isEqualTo("请加快办理，按期答复投诉人。");
        assertThat(line.get("stepKey").asText()).isEqualTo("handle");
        assertThat(line.get("unitCode").asText()).isEqualTo("CZJ");
        assertThat(line.get("letterNo").asText()).matches("督〔2026〕\\d+号");
        // 5 working days from Monday 2 March
        assertThat(instant(line.get("answerDueAt"))).isEqualTo(at(2026, 3, 9, 17, 30));
        assertThat(line.get("status").asText()).isEqualTo("OPEN");

        Reply followed = as("supervisor").get(created.headers().getLocation().getPath());
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("letterNo").asText()).isEqualTo(line.get("letterNo").asText());
        assertThat(ledgerLevels("?caseNo=" + caseNo, caseNo)).containsExactly("SUPERVISION_LETTER");
    }

    @Test
    void anUnknownOrMissingLevelIsRefusedNamingLevelAndNothingIsRecorded() {
        String caseNo = complaints.inHandling();

        Reply unknown = supervise("supervisor", caseNo, Map.of("level", "SCOLDING", "note", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("level");

        Reply missing = supervise("supervisor", caseNo, Map.of("note", "x"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("level");

        assertThat(ledgerLevels("?caseNo=" + caseNo, caseNo)).isEmpty();
    }

    @Test
    void onlyASupervisorSupervisesAnOpenCaseThatExists() {
        String caseNo = complaints.inHandling();

        assertThat(supervise("unit-a", caseNo, letter("x")).status()).isEqualTo(403);
        assertThat(supervise("ent-a", caseNo, letter("x")).status()).isEqualTo(403);
        assertThat(anonymous().post("/api/supervision/cases/" + caseNo + "/supervisions", letter("x")).status()).isEqualTo(401);
        assertThat(supervise("supervisor", "TS-0000-NOSUCHCASE", letter("x")).status()).isEqualTo(404);
        assertThat(ledgerLevels("?caseNo=" + caseNo, caseNo)).isEmpty();
    }

    @Test
    void aClosedCaseCannotBeSupervised() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "REJECT", "reason", "该欠款已由仲裁机构受理。"));

        Reply reply = supervise("supervisor", caseNo, letter("请说明情况。"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
        assertThat(ledgerLevels("?caseNo=" + caseNo, caseNo)).isEmpty();
    }

    @Test
    void theUnitAnswersTheLetterFromItsTaskListAndTheLedgerLineShowsTheAnswer() {
        String caseNo = complaints.inHandling();
        long id = supervise("supervisor", caseNo, letter("请加快办理。")).json().get("id").asLong();

        List<JsonNode> tasks = tasksOf("unit-a", caseNo).stream()
                .filter(t -> "supervisionResponse".equals(t.get("taskKey").asText())).toList();
        assertThat(tasks).singleElement().satisfies(task -> assertThat(task.get("caseNo").asText()).isEqualTo(caseNo));
        assertThat(tasksOf("unit-b", caseNo)).noneMatch(t -> "supervisionResponse".equals(t.get("taskKey").asText()));
        complete("unit-a", caseNo, "supervisionResponse", Map.of("progress", "已约谈被投诉单位，正在筹措资金。", "measures", "本周内答复投诉人。"));

        Reply answered = as("unit-a").get("/api/supervision/ledger/" + id);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("answeredBy").asText()).isEqualTo("unit-a");
        assertThat(answered.json().get("answer").asText()).contains("正在筹措资金", "本周内答复投诉人");
        assertThat(instant(answered.json().get("answeredAt"))).isEqualTo(MONDAY_2_MARCH_0900);
        assertThat(as("supervisor").get("/api/supervision/ledger/" + id).json().get("status").asText()).isEqualTo("ANSWERED");
        assertThat(as("unit-b").get("/api/supervision/ledger/" + id).status()).isEqualTo(404);
    }

    @Test

    void theSupervisionLetterPdfCarriesItsNumberTheUnitAndTheAnswerDeadline() throws IOException {
        String caseNo = complaints.inHandling();
        JsonNode line = supervise("supervisor", caseNo, letter("请按期办结。")).json();

        Reply pdf = as("supervisor").get("/api/supervision/ledger/" + line.get("id").asLong() + "/letter.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("督办通知书", line.get("letterNo").asText(), "市财政局", caseNo, "2026-03-0917:30", "请按期办结");
        }
        assertThat(as("unit-a").get("/api/supervision/ledger/" + line.get("id").asLong() + "/letter.pdf").status()).isEqualTo(200);
        assertThat(as("unit-b").get("/api/supervision/ledger/" + line.get("id").asLong() + "/letter.pdf").status()).isEqualTo(404);
    }

    @Test
    void aSecondLetterByHandAtTheSameInstantIsALetterOfItsOwnWithItsOwnNote() throws IOException {
        // the engine clock stands still in tests, as it may when the ladder's job and a supervisor act in one millisecond
        String caseNo = complaints.inHandling();
        JsonNode first = supervise("supervisor", caseNo, letter("第一次督办：请按期办结。")).json();
        JsonNode second = supervise("supervisor", caseNo, letter("第二次督办：请说明超期原因。")).json();

        assertThat(second.get("letterNo").asText()).isNotEqualTo(first.get("letterNo").asText());
        try (var document = Loader.loadPDF(as("supervisor").get("/api/supervision/ledger/" + second.get("id").asLong() + "/letter.pdf").body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(second.get("letterNo").asText(), "第二次督办：请说明超期原因。").doesNotContain("第一次督办");
        }
    }

    @Test
    void aLedgerLineWithoutALetterHasNoPdf() {
        String caseNo = complaints.inHandling();
        timePasses(caseNo, JUST_PAST_THE_DEADLINE);
        long overdue = ledgerLine("supervisor", caseNo, "OVERDUE").get("id").asLong();

        Reply reply = as("supervisor").get("/api/supervision/ledger/" + overdue + "/letter.pdf");

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
    }

    private Reply supervise(String username, String caseNo, Map<String, Object> body) {
        return as(username).post("/api/supervision/cases/" + caseNo + "/supervisions", body);
    }

    private static Map<String, Object> letter(String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", "SUPERVISION_LETTER");
        body.put("note", note);
        return body;
    }
}
