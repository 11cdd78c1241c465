package org.bihuan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One 催办 from a supervisor to every overdue step of a unit, answered per step. */
class UnitRemindersApiTest extends SupervisionApiScenario {

    @Test
    void aSupervisorRemindsEveryOverdueStepOfAUnitAtOnceAndHearsPerStepWhatHappened() {
        String late = complaintInHandling();
        String alsoLate = complaintInHandling();
        timePasses(late, JUST_PAST_THE_DEADLINE);
        timePasses(alsoLate, JUST_PAST_THE_DEADLINE);

        Reply reply = as("supervisor").post("/api/supervision/units/CZJ/reminders", Map.of("note", "请本周内办结"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        reply.json().forEach(r -> {
            if (List.of(late, alsoLate).contains(r.get("caseNo").asText())) {
                mine.add(r);
            }
        });
        assertThat(mine).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("ok").asBoolean()).isTrue();
            assertThat(r.get("stepKey").asText()).isEqualTo("handle");
            assertThat(r.get("level").asText()).isEqualTo("OVERDUE");
            assertThat(r.get("ledgerId").asLong()).isPositive();
        });
        JsonNode line = as("supervisor").get("/api/supervision/ledger/" + mine.get(0).get("ledgerId").asLong()).json();
        assertThat(line.get("manual").asBoolean()).isTrue();
        assertThat(line.get("note").asText()).isEqualTo("请本周内办结");
        assertThat(line.get("by").asText()).isEqualTo("supervisor");
    }

    @Test
    void onlyASupervisorRemindsAUnitAndOnlyAUnitThatExists() {
        assertThat(as("unit-a").post("/api/supervision/units/CZJ/reminders", Map.of("note", "x")).status()).isEqualTo(403);
        assertThat(as("supervisor").post("/api/supervision/units/NOPE/reminders", Map.of("note", "x")).status()).isEqualTo(404);
    }
}
