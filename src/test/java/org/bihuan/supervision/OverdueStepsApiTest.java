package org.bihuan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/supervision/overdue: the supervisor's morning list of steps past their deadline. */
class OverdueStepsApiTest extends SupervisionApiScenario {

    @Test
    void aHandleStepPastItsDeadlineIsListedWithItsUnitAgeLevelAndLastAction() {
        String caseNo = complaints.inHandling();

        timePasses(caseNo, at(2026, 3, 30, 17, 31));
        assertThat(overdueRows("supervisor", "", caseNo)).as("only warned, not yet overdue").isEmpty();

        timePasses(caseNo, JUST_PAST_THE_DEADLINE);
        assertThat(overdueRows("supervisor", "", caseNo)).singleElement().satisfies(row -> {
            assertThat(row.get("caseNo").asText()).isEqualTo(caseNo);
            assertThat(row.get("caseType").asText()).isEqualTo("COMPLAINT");
            assertThat(row.get("stepKey").asText()).isEqualTo("handle");
            assertThat(row.get("unitCode").asText()).isEqualTo("CZJ");
            assertThat(row.get("unitName").asText()).isEqualTo("市财政局");
            assertThat(instant(row.get("dueAt"))).isEqualTo(HANDLE_DUE);
            assertThat(row.get("overdueWorkingDays").asInt()).isEqualTo(1);
            assertThat(row.get("aging").asText()).isEqualTo("1-5");
            assertThat(row.get("escalationLevel").asText()).isEqualTo("OVERDUE");
            assertThat(row.get("supervisionCount").asInt()).as("预警 and 超期催办").isEqualTo(2);
            assertThat(row.get("lastAction").asText()).isEqualTo("OVERDUE");
            assertThat(instant(row.get("lastActionAt"))).isEqualTo(JUST_PAST_THE_DEADLINE);
        });
    }

    @Test
    void theRowAgesAndClimbsAsWorkingDaysPass() {
        String caseNo = complaints.inHandling();

        // 2, 3, 7, 8, 9, 10, 13, 14, 15, 16 April: 清明 (4–6 April) does not count
        timePasses(caseNo, at(2026, 4, 16, 17, 31));

        JsonNode row = overdueRows("supervisor", "", caseNo).get(0);
        assertThat(row.get("overdueWorkingDays").asInt()).isEqualTo(10);
        assertThat(row.get("aging").asText()).isEqualTo("6-10");
        assertThat(row.get("escalationLevel").asText()).isEqualTo("SUMMONS");
        assertThat(row.get("supervisionCount").asInt()).isEqualTo(4);
        assertThat(row.get("lastAction").asText()).isEqualTo("SUMMONS");
    }

    @Test
    void eachFilterKeepsTheRowWhenItMatchesAndDropsItWhenItDoesNot() {
        String caseNo = complaints.inHandling();
        timePasses(caseNo, JUST_PAST_THE_DEADLINE);

        assertThat(overdueRows("supervisor", "?type=COMPLAINT", caseNo)).hasSize(1);
        assertThat(overdueRows("supervisor", "?type=PROPOSAL", caseNo)).isEmpty();
        assertThat(overdueRows("supervisor", "?unit=CZJ", caseNo)).hasSize(1);
        assertThat(overdueRows("supervisor", "?unit=GZW", caseNo)).isEmpty();
        assertThat(overdueRows("supervisor", "?level=OVERDUE", caseNo)).hasSize(1);
        assertThat(overdueRows("supervisor", "?level=SUPERVISION_LETTER", caseNo)).isEmpty();
        assertThat(overdueRows("supervisor", "?aging=1-5", caseNo)).hasSize(1);
        assertThat(overdueRows("supervisor", "?aging=6-10", caseNo)).isEmpty();
        assertThat(overdueRows("supervisor", "?type=COMPLAINT&unit=CZJ&level=OVERDUE&aging=1-5", caseNo)).hasSize(1);
        assertThat(overdueRows("supervisor", "?type=COMPLAINT&unit=CZJ&level=OVERDUE&aging=>20", caseNo)).isEmpty();
    }

    @Test
    void anUnknownAgingLevelOrTypeIsRefusedNamingTheParameter() {
        Reply aging = as("supervisor").get("/api/supervision/overdue?aging=forever");
        assertThat(aging.status()).isEqualTo(400);
        assertThat(aging.errorFields()).containsExactly("aging");

        Reply level = as("supervisor").get("/api/supervision/overdue?level=SOON");
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.errorFields()).containsExactly("level");

        Reply type = as("supervisor").get("/api/supervision/overdue?type=MEMO");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.errorFields()).containsExactly("type");
    }

    @Test
    void aUnitOfficialSeesItsOwnUnitsOverdueStepsAndNoOtherUnits() {
        String caseNo = complaints.inHandling();
        timePasses(caseNo, JUST_PAST_THE_DEADLINE);

        assertThat(overdueRows("unit-a", "", caseNo)).hasSize(1);
        assertThat(overdueRows("unit-a", "?unit=CZJ", caseNo)).hasSize(1);
        assertThat(as("unit-a").get("/api/supervision/overdue").json())
                .allSatisfy(row -> assertThat(row.get("unitCode").asText()).isEqualTo("CZJ"));
        assertThat(as("unit-a").get("/api/supervision/overdue?unit=GZW").status()).isEqualTo(403);

        assertThat(overdueRows("unit-b", "", caseNo)).isEmpty();
        assertThat(as("unit-b").get("/api/supervision/overdue?unit=CZJ").status()).isEqualTo(403);
    }

    @Test
    void enterprisesAndMembersAreRefusedAndStrangersMustSignIn() {
        assertThat(as("ent-a").get("/api/supervision/overdue").status()).isEqualTo(403);
        assertThat(as("member").get("/api/supervision/overdue").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/supervision/overdue").status()).isEqualTo(401);
        assertThat(as("supervisor", "wrong").get("/api/supervision/overdue").status()).isEqualTo(401);
    }
}
