package org.bihuan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.complaint.ComplaintFixtures;
import org.bihuan.support.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the 督办 API tests: complaints put in handling at 财政局 (CZJ) on Monday 2 March 2026, their
 * handle step due Wednesday 1 April 17:30, and the engine clock moved to walk them up the ladder (see
 * EscalationLadderScenariosTest for the moment of every level). The database is shared, so every
 * assertion looks at the test's own case numbers only.
 */
abstract class SupervisionApiScenario extends ComplaintApiScenario {

    /** One minute after the handle step's deadline: 超期催办 has just been applied. */
    static final Instant JUST_PAST_THE_DEADLINE = at(2026, 4, 1, 17, 31);
    static final Instant HANDLE_DUE = at(2026, 4, 1, 17, 30);

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    ComplaintFixtures complaints;

    @BeforeEach
    void complaintFixtures() {
        complaints = new ComplaintFixtures(context);
    }

    /**
     * Moves the engine clock and runs the case's timers then due (its lifecycle and its deadline watches),
     * as the job executor would; other tests' cases are left alone.
     */
    void timePasses(String caseNo, Instant to) {
        EngineClock.passTo(runtimeService, managementService, caseNo, to);
    }

    /** The rows of GET /api/supervision/overdue{query} that belong to this case, as the user sees them. */
    List<JsonNode> overdueRows(String username, String query, String caseNo) {
        return rowsOf(username, "/api/supervision/overdue" + query, caseNo);
    }

    /** The lines of GET /api/supervision/ledger{query} that belong to this case, as the user sees them. */
    List<JsonNode> ledgerLines(String username, String query, String caseNo) {
        return rowsOf(username, "/api/supervision/ledger" + query, caseNo);
    }

    /** The levels of the case's ledger lines as the supervisor sees them, newest first. */
    List<String> ledgerLevels(String query, String caseNo) {
        return ledgerLines("supervisor", query, caseNo).stream().map(line -> line.get("level").asText()).toList();
    }

    JsonNode ledgerLine(String username, String caseNo, String level) {
        List<JsonNode> lines = ledgerLines(username, "?caseNo=" + caseNo + "&level=" + level, caseNo);
        assertThat(lines).as("%s ledger lines of %s", level, caseNo).hasSize(1);
        return lines.get(0);
    }

    private List<JsonNode> rowsOf(String username, String path, String caseNo) {
        Reply reply = as(username).get(path);
        assertThat(reply.status()).as("%s GET %s: %s", username, path, reply.text()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        reply.json().forEach(row -> {
            if (caseNo.equals(row.get("caseNo").asText())) {
                rows.add(row);
            }
        });
        return rows;
    }

    static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }
}
