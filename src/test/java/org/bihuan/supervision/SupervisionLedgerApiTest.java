package org.bihuan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/supervision/ledger (督办台账) and /notices (通报) for a complaint walked up the ladder by the clock. */
class SupervisionLedgerApiTest extends SupervisionApiScenario {

    @Test
    void theLedgerOfACaseListsEveryLevelReachedNewestFirstAndNarrowsByLevelAndDate() {
        String caseNo = complaints.inHandling();
        // 预警 Monday 30 March, 超期催办 Wednesday 1 April, 督办书 Thursday 9 April
        timePasses(caseNo, at(2026, 3, 30, 17, 31));
        timePasses(caseNo, JUST_PAST_THE_DEADLINE);
        timePasses(caseNo, at(2026, 4, 9, 17, 31));

        assertThat(ledgerLevels("?caseNo=" + caseNo, caseNo)).containsExactly("SUPERVISION_LETTER", "OVERDUE", "WARNING");
        assertThat(ledgerLevels("?caseNo=" + caseNo + "&level=WARNING", caseNo)).containsExactly("WARNING");
        assertThat(ledgerLevels("?caseNo=" + caseNo + "&from=2026-04-01&to=2026-04-01", caseNo)).containsExactly("OVERDUE");
        assertThat(ledgerLevels("?caseNo=" + caseNo + "&from=2026-04-02", caseNo)).containsExactly("SUPERVISION_LETTER");
        assertThat(ledgerLevels("?caseNo=" + caseNo + "&to=2026-03-31", caseNo)).containsExactly("WARNING");
        assertThat(ledgerLevels("?caseNo=" + caseNo + "&from=2026-04-10", caseNo)).isEmpty();

        JsonNode overdue = ledgerLine("supervisor", caseNo, "OVERDUE");
        assertThat(overdue.get("stepKey").asText()).isEqualTo("handle");
        assertThat(overdue.get("unitCode").asText()).isEqualTo("CZJ");
        assertThat(overdue.get("manual").asBoolean()).isFalse();
        assertThat(instant(overdue.get("stepDueAt"))).isEqualTo(HANDLE_DUE);
        assertThat(instant(overdue.get("at"))).isEqualTo(JUST_PAST_THE_DEADLINE);
        assertThat(overdue.get("status").asText()).as("waits for the supervisor's 督办意见").isEqualTo("OPEN");
        assertThat(ledgerLine("supervisor", caseNo, "SUPERVISION_LETTER").get("letterNo").asText()).matches("督〔2026〕\\d+号");
        assertThat(ledgerLine("supervisor", caseNo, "WARNING").get("status").asText()).isEqualTo("NOTIFIED");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingFrom() {
        Reply reply = as("supervisor").get("/api/supervision/ledger?from=2026-04-10&to=2026-04-01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("from");
    }

    @Test
    void anUnknownLevelOrTypeIsRefusedNamingTheParameter() {
        assertThat(as("supervisor").get("/api/supervision/ledger?level=SOON").errorFields()).containsExactly("level");
        assertThat(as("supervisor").get("/api/supervision/ledger?type=MEMO").errorFields()).containsExactly("type");
    }

    @Test
    void theHandlingUnitSeesItsLedgerLinesAndAnotherUnitDoesNot() {
        String caseNo = complaints.inHandling();
        timePasses(caseNo, JUST_PAST_THE_DEADLINE);

        assertThat(ledgerLines("unit-a", "?caseNo=" + caseNo, caseNo)).hasSize(2);
        assertThat(ledgerLines("unit-b", "?caseNo=" + caseNo, caseNo)).isEmpty();
        assertThat(as("unit-b").get("/api/supervision/ledger?unit=CZJ").status()).isEqualTo(403);
        long overdueLine = ledgerLine("supervisor", caseNo, "OVERDUE").get("id").asLong();
        assertThat(as("unit-b").get("/api/supervision/ledger/" + overdueLine).status()).isEqualTo(404);
        assertThat(as("unit-a").get("/api/supervision/ledger/" + overdueLine).status()).isEqualTo(200);
        assertThat(as("ent-a").get("/api/supervision/ledger?caseNo=" + caseNo).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/supervision/ledger?caseNo=" + caseNo).status()).isEqualTo(401);
    }

    @Test
    void aCaseThatReachedPublicNoticeIsOnTheNoticeList() {
        String caseNo = complaints.inHandling();

        timePasses(caseNo, at(2026, 4, 16, 17, 31));
        assertThat(noticesOf("supervisor", caseNo)).as("约谈 is not yet 通报").isZero();

        // 17, 20, 21, 22, 23 April: 15 working days past the deadline
        timePasses(caseNo, at(2026, 4, 23, 17, 31));
        assertThat(ledgerLevels("?caseNo=" + caseNo, caseNo)).first().isEqualTo("PUBLIC_NOTICE");
        Reply notices = as("supervisor").get("/api/supervision/notices");
        assertThat(notices.status()).isEqualTo(200);
        List<JsonNode> ours = new ArrayList<>();
        notices.json().forEach(n -> {
            if (caseNo.equals(n.get("caseNo").asText())) {
                ours.add(n);
            }
        });
        assertThat(ours).hasSize(1);
        JsonNode notice = ours.get(0);
        assertThat(notice.get("unitCode").asText()).isEqualTo("CZJ");
        assertThat(notice.get("text").asText()).contains("市财政局", caseNo, "严重超期");
        assertThat(instant(notice.get("at"))).isEqualTo(at(2026, 4, 23, 17, 31));
        assertThat(noticesOf("unit-a", caseNo)).isEqualTo(1);
        assertThat(as("ent-a").get("/api/supervision/notices").status()).isEqualTo(403);
    }

    private long noticesOf(String username, String caseNo) {
        Reply reply = as(username).get("/api/supervision/notices");
        assertThat(reply.status()).as("%s reads the notices: %s", username, reply.text()).isEqualTo(200);
        long count = 0;
        for (var notice : reply.json()) {
            if (caseNo.equals(notice.get("caseNo").asText())) {
                count++;
            }
        }
        return count;
    }
}
