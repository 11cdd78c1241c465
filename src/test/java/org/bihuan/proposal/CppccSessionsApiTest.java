package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bihuan.support.EngineClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPPCC sessions (届次、会次): the administrator keeps them, a proposal belongs to the session open on the day it is
 * filed and is numbered within it, and the reply letter cites it. Each test works in years of its own (2041 on), so
 * that no other test's proposal falls into one of these sessions.
 */
class CppccSessionsApiTest extends ProposalApiScenario {

    @Test
    void aProposalFiledInThePlenaryWindowGetsThatSessionAndItsNumberSeriesAlsoInTheRecessOfTheNextYear() {
        JsonNode session = created(session(7, 20, "2041-01-07", "2041-01-11", "2042-01-06"));
        assertThat(session.get("name").asText()).isEqualTo("七届二十次会议");
        assertThat(session.get("numberYear").asInt()).isEqualTo(2041);

        EngineClock.set(at(2041, 1, 8, 10, 0));
        String inPlenary = fileIndividual("member");
        EngineClock.set(at(2042, 1, 6, 16, 0));
        String inRecessNextYear = fileIndividual("member");
        EngineClock.set(at(2042, 1, 8, 9, 0));
        String afterTheRecess = fileIndividual("member");

        assertThat(inPlenary).startsWith("2041");
        assertThat(inRecessNextYear).as("the recess belongs to the 2041 session: numbered in its series")
                .startsWith("2041").isGreaterThan(inPlenary);
        assertThat(afterTheRecess).as("no session is open: numbered by the calendar year").startsWith("2042");
        assertThat(proposal("member", inPlenary).get("sessionName").asText()).isEqualTo("七届二十次会议");
        assertThat(proposal("member", inPlenary).get("sessionYear").asInt()).isEqualTo(2041);
        assertThat(proposal("member", inRecessNextYear).get("sessionName").asText()).isEqualTo("七届二十次会议");
        assertThat(proposal("member", afterTheRecess).get("sessionName").isNull()).isTrue();
        assertThat(as("admin").get("/api/admin/sessions/" + session.get("id").asLong()).json().get("proposals").asLong()).isEqualTo(2);
    }

    @Test
    void theReplyLetterCitesTheSessionAndALetterOfAProposalWithoutSessionItsYear() throws IOException {
        created(session(8, 3, "2043-02-02", "2043-02-06", "2043-12-31"));
        EngineClock.set(at(2043, 2, 3, 9, 0));
        String inSession = proposalReplied(true);
        EngineClock.set(at(2044, 3, 2, 9, 0));
        String withoutSession = proposalReplied(true);

        String cited = letterText(inSession);
        String yearly = letterText(withoutSession);

        assertThat(cited).contains("对市政协八届三次会议第" + inSession + "号提案的答复", REPLY_TEXT);
        assertThat(yearly).contains("关于市政协2044年第" + withoutSession + "号提案的答复").doesNotContain("会议第");
    }

    @Test
    void sessionValidationErrorsNameTheFieldAndStoreNothing() {
        long before = sessionCount();

        assertThat(as("admin").post("/api/admin/sessions", Map.of("term", 7)).errorFields())
                .contains("meeting", "plenaryOpens", "plenaryCloses", "recessEnds");
        assertThat(as("admin").post("/api/admin/sessions", session(0, 1, "2045-01-05", "2045-01-09", "2045-12-31")).errorFields())
                .containsExactly("term");
        assertThat(as("admin").post("/api/admin/sessions", session(7, 1, "2045-01-09", "2045-01-05", "2045-12-31")).errorFields())
                .containsExactly("plenaryCloses");
        assertThat(as("admin").post("/api/admin/sessions", session(7, 1, "2045-01-05", "2045-01-09", "2045-01-09")).errorFields())
                .containsExactly("recessEnds");
        Reply unreadable = as("admin").post("/api/admin/sessions", Map.of("term", 7, "meeting", 1, "plenaryOpens", "2045-13-01",
                "plenaryCloses", "2045-01-09", "recessEnds", "2045-12-31"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.errorFields()).containsExactly("plenaryOpens");
        assertThat(sessionCount()).isEqualTo(before);

        created(session(9, 1, "2046-01-05", "2046-01-09", "2046-12-31"));
        Reply overlapping = as("admin").post("/api/admin/sessions", session(9, 2, "2046-12-01", "2047-01-09", "2047-12-31"));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.errorFields()).contains("plenaryOpens").doesNotContain("recessEnds");
        Reply surrounding = as("admin").post("/api/admin/sessions", session(9, 2, "2045-06-01", "2045-06-09", "2047-06-30"));
        assertThat(surrounding.errorFields()).contains("plenaryOpens", "recessEnds");
        Reply sameNumber = as("admin").post("/api/admin/sessions", session(9, 1, "2048-01-05", "2048-01-09", "2048-12-31"));
        assertThat(sameNumber.errorFields()).containsExactly("meeting");
        assertThat(sessionCount()).isEqualTo(before + 1);
    }

    @Test
    void aSessionWithProposalsKeepsItsYearAndTheirFilingDaysAndIsNotDeleted() {
        long id = created(session(10, 1, "2049-01-04", "2049-01-08", "2049-12-31")).get("id").asLong();
        EngineClock.set(at(2049, 6, 1, 9, 0));
        fileIndividual("member");

        Reply otherYear = as("admin").put("/api/admin/sessions/" + id, session(10, 1, "2050-01-04", "2050-01-08", "2050-12-31"));
        Reply shorter = as("admin").put("/api/admin/sessions/" + id, session(10, 1, "2049-01-04", "2049-01-08", "2049-05-31"));
        Reply corrected = as("admin").put("/api/admin/sessions/" + id, session(10, 1, "2049-01-05", "2049-01-09", "2049-12-30"));
        Reply deleted = as("admin").delete("/api/admin/sessions/" + id);

        assertThat(otherYear.errorFields()).contains("plenaryOpens");
        assertThat(shorter.errorFields()).containsExactly("recessEnds");
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
        assertThat(corrected.json().get("plenaryOpens").asText()).isEqualTo("2049-01-05");
        assertThat(deleted.status()).isEqualTo(409);
        long empty = created(session(10, 2, "2051-01-04", "2051-01-08", "2051-12-31")).get("id").asLong();
        assertThat(as("admin").delete("/api/admin/sessions/" + empty).status()).isEqualTo(204);
        assertThat(as("admin").get("/api/admin/sessions/" + empty).status()).isEqualTo(404);
        // the audit list has what changed, by whom; the refused changes left nothing there
        assertThat(auditActions(id)).containsExactly("cppccSession.created:admin", "cppccSession.updated:admin");
        assertThat(auditActions(empty)).containsExactly("cppccSession.created:admin", "cppccSession.deleted:admin");
    }

    private List<String> auditActions(long sessionId) {
        return jdbc.sql("select action || ':' || actor from audit_entry where subject_type = 'cppccSession' and subject_id = ? order by id")
                .param(String.valueOf(sessionId)).query(String.class).list();
    }

    @Test
    void onlyAnAdministratorKeepsSessions() {
        assertThat(as("committee").get("/api/admin/sessions").status()).isEqualTo(403);
        assertThat(as("member").post("/api/admin/sessions", session(11, 1, "2052-01-05", "2052-01-09", "2052-12-31")).status())
                .isEqualTo(403);
        assertThat(as("admin").get("/api/admin/sessions").status()).isEqualTo(200);
    }

    static Map<String, Object> session(int term, int meeting, String opens, String closes, String recessEnds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("term", term);
        body.put("meeting", meeting);
        body.put("plenaryOpens", opens);
        body.put("plenaryCloses", closes);
        body.put("recessEnds", recessEnds);
        return body;
    }

    private JsonNode created(Map<String, Object> body) {
        Reply created = as("admin").post("/api/admin/sessions", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private long sessionCount() {
        return jdbc.sql("select count(*) from cppcc_session").query(Long.class).single();
    }

    private String letterText(String proposalNo) throws IOException {
        Reply letter = as("member").get("/api/proposals/" + proposalNo + "/reply.pdf");
        assertThat(letter.status()).as(letter.text()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(letter.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
