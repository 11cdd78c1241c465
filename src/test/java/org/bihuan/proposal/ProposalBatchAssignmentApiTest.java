package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the plenary the committee registers (立案) and assigns (交办) many proposals as two batches of completions,
 * then prints each unit's 交办清单.
 */
class ProposalBatchAssignmentApiTest extends ProposalApiScenario {

    @Test
    void theCommitteeRegistersAndAssignsProposalsInTwoBatchesAndEachUnitHasItsAssignmentList() {
        List<String> proposals = List.of(fileIndividual("member"), fileIndividual("member"), fileIndividual("member2"));

        List<Map<String, Object>> registrations = proposals.stream()
                .map(no -> item(taskId("committee", no, "review"), Map.of("decision", "REGISTER"))).toList();
        assertThat(okOf(as("committee").post("/api/tasks/batch", registrations))).containsExactly(true, true, true);
        List<Map<String, Object>> assignments = List.of(
                item(taskId("committee", proposals.get(0), "assign"), Map.of("leadUnit", "CZJ", "coUnits", List.of("GZW"), "mode", "LEAD")),
                item(taskId("committee", proposals.get(1), "assign"), Map.of("leadUnit", "GZW", "coUnits", List.of(), "mode", "LEAD")),
                item(taskId("committee", proposals.get(2), "assign"), Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD")));
        assertThat(okOf(as("committee").post("/api/tasks/batch", assignments))).containsExactly(true, true, true);

        assertThat(lines("committee", "CZJ", proposals)).containsExactly(proposals.get(0) + " LEAD 2026-03-02", proposals.get(2) + " LEAD 2026-03-02");
        assertThat(lines("committee", "GZW", proposals)).containsExactly(proposals.get(0) + " CO 2026-03-02", proposals.get(1) + " LEAD 2026-03-02");
        assertThat(lines("unit-a", "CZJ", proposals)).as("a unit reads its own list").hasSize(2);
        Reply csv = as("committee").get("/api/proposals/assignment-list.csv?unit=CZJ&from=2026-03-02&to=2026-03-02");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("proposalNo,title,role,status,assignedOn", proposals.get(0) + "," + TITLE + ",LEAD,ASSIGNED,2026-03-02");
    }

    @Test
    void theAssignmentListNeedsAUnitAndIsNotForAnotherUnit() {
        assertThat(as("committee").get("/api/proposals/assignment-list").errorFields()).containsExactly("unit");
        assertThat(as("committee").get("/api/proposals/assignment-list?unit=CZJ&from=2026-03-03&to=2026-03-02").errorFields())
                .containsExactly("to");
        assertThat(as("unit-b").get("/api/proposals/assignment-list?unit=CZJ").status()).isEqualTo(403);
        assertThat(as("member").get("/api/proposals/assignment-list?unit=CZJ").status()).isEqualTo(403);
    }

    /** "number role day" of this test's proposals in the unit's list for Monday 2 March. */
    private List<String> lines(String username, String unit, List<String> proposals) {
        Reply reply = as(username).get("/api/proposals/assignment-list?unit=" + unit + "&from=2026-03-02&to=2026-03-02");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        reply.json().get("items").forEach(l -> lines.add(l.get("proposalNo").asText() + " " + l.get("role").asText() + " "
                + l.get("assignedOn").asText()));
        // other tests' proposals assigned that Monday are in the list too
        return lines.stream().filter(l -> proposals.contains(l.substring(0, l.indexOf(' ')))).toList();
    }

    private static List<Boolean> okOf(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<Boolean> ok = new ArrayList<>();
        reply.json().forEach(r -> ok.add(r.get("ok").asBoolean()));
        return ok;
    }

    private static Map<String, Object> item(String taskId, Map<String, Object> values) {
        return Map.of("taskId", taskId, "values", values);
    }
}
