package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.support.EngineClock;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' case search over every case type (GET /api/cases): each criterion, the sort keys, the one visibility
 * rule per role, and the exports holding exactly the rows of the search. The two complaints of each test carry
 * party names no other test uses, so the shared database's other cases stay out of the counts.
 */
class CaseSearchApiTest extends ComplaintApiScenario {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private String respondent;
    private String waiting;
    private String transferred;

    /**
     * Two complaints against the same respondent: one filed Monday 2 March and left in acceptance review until its
     * deadline (16 March) has passed, so it is overdue; one filed Tuesday 17 March and transferred to CZJ.
     */
    @BeforeEach
    void twoComplaintsOfOneRespondent() {
        respondent = "检索被投诉单位" + System.nanoTime();
        waiting = file(respondent);
        timePasses(waiting, at(2026, 3, 17, 9, 0));
        transferred = file(respondent);
        complete("intake", transferred, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", transferred, "transfer", Map.of("unitCode", "CZJ"));
    }

    @Test
    void theSearchFindsCasesByEachCriterion() {
        assertThat(found("intake", "")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("intake", "&caseNo=" + waiting)).containsExactly(waiting);
        assertThat(numbers(as("intake").get("/api/cases?size=50&party=" + respondent.substring(2)).json()))
                .as("part of a name").contains(waiting, transferred);
        assertThat(found("intake", "&status=TRANSFERRED")).containsExactly(transferred);
        assertThat(found("intake", "&unit=CZJ")).containsExactly(transferred);
        assertThat(found("intake", "&step=acceptReview")).containsExactly(waiting);
        assertThat(found("intake", "&step=signFor")).containsExactly(transferred);
        assertThat(found("intake", "&overdue=true")).containsExactly(waiting);
        assertThat(found("intake", "&overdue=false")).containsExactly(transferred);
        assertThat(found("intake", "&receivedFrom=2026-03-17")).containsExactly(transferred);
        assertThat(found("intake", "&receivedTo=2026-03-02")).containsExactly(waiting);
        assertThat(found("intake", "&receivedFrom=2026-03-01&receivedTo=2026-03-20")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("intake", "&type=PROPOSAL")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSearchFindsACaseByTheFilingPartysNameToo() {
        String complainant = "检索投诉企业" + System.nanoTime();
        Map<String, Object> body = complaintWith("complainant.name", complainant);
        ((Map<String, Object>) body.get("respondent")).put("name", respondent);
        Reply filed = as("ent-a").post("/api/complaints", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);

        List<String> byFiler = numbers(as("intake").get("/api/cases?party=" + encoded(complainant)).json());

        assertThat(byFiler).containsExactly(filed.json().get("trackingNo").asText());
    }

    @Test
    void theFiguresCriteriaFindTheCasesWithAStepAsTheySay() {
        // now: Tuesday 17 March 09:00. waiting's acceptance review (intake's unit QQB) fell due Monday 16 March 17:30 and
        // was reminded as overdue; transferred waits to be signed for at CZJ by Wednesday 18 March 17:30
        assertThat(found("supervisor", "&stepState=OVERDUE")).containsExactly(waiting);
        assertThat(found("supervisor", "&stepUnit=QQB&overdueDaysMin=1&overdueDaysMax=5")).containsExactly(waiting);
        assertThat(found("supervisor", "&overdueDaysMin=2")).isEmpty();
        assertThat(found("supervisor", "&stepState=OPEN&escalation=OVERDUE")).containsExactly(waiting);
        assertThat(found("supervisor", "&stepKey=signFor,handle&stepUnit=CZJ&stepState=OPEN")).containsExactly(transferred);
        assertThat(found("supervisor", "&stepKey=acceptReview&stepState=IN_TIME")).containsExactly(transferred);
        assertThat(found("supervisor", "&stepKey=acceptReview&stepState=DECIDED")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("supervisor", "&stepKey=acceptReview&stepState=LATE")).containsExactly(waiting);
        assertThat(found("supervisor", "&stepDueFrom=2026-03-18&stepDueTo=2026-03-18")).containsExactly(transferred);
        assertThat(found("supervisor", "&status=SUBMITTED,TRANSFERRED")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("supervisor", "&status=TRANSFERRED")).containsExactly(transferred);
        assertThat(found("supervisor", "&respondent=" + encoded(respondent) + "&respondentType=LARGE_ENTERPRISE"))
                .containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("supervisor", "&respondent=" + encoded(respondent.substring(2)))).as("the respondent's whole name").isEmpty();
        assertThat(found("supervisor", "&closedFrom=2026-03-01")).isEmpty();
        assertThat(found("supervisor", "&rehandled=false")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("supervisor", "&satisfaction=SATISFIED")).isEmpty();
    }

    @Test
    void aWrongFiguresCriterionIsNamedWithItsReason() {
        Reply wrong = as("supervisor").get(search("&closedFrom=soon&rehandled=maybe&stepState=SOON&overdueDaysMin=0"
                + "&overdueDaysMax=many&satisfaction=" + encoded("满意") + "&stepDueFrom=2026-03-10&stepDueTo=2026-03-01"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("closedFrom", "rehandled", "stepState", "overdueDaysMin",
                "overdueDaysMax", "satisfaction", "stepDueTo");
        Reply inverted = as("supervisor").get(search("&overdueDaysMin=5&overdueDaysMax=2"));
        assertThat(inverted.errorFields()).containsExactly("overdueDaysMax");
    }

    @Test
    void theResultIsSortedByAWhitelistedKeyAndPaged() {
        assertThat(found("intake", "&sort=receivedAt&direction=asc")).containsExactly(waiting, transferred);
        assertThat(found("intake", "&sort=receivedAt&direction=desc")).containsExactly(transferred, waiting);
        JsonNode firstPage = as("intake").get("/api/cases?party=" + respondent + "&sort=receivedAt&direction=asc&size=1&page=0").json();
        assertThat(firstPage.get("total").asLong()).isEqualTo(2);
        assertThat(numbers(firstPage)).containsExactly(waiting);
        assertThat(numbers(as("intake").get("/api/cases?party=" + respondent + "&sort=receivedAt&direction=asc&size=1&page=1").json()))
                .containsExactly(transferred);

        Reply badSort = as("intake").get(search("&sort=owner_username&direction=sideways&overdue=maybe&receivedFrom=yesterday"));
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.errorFields()).containsExactlyInAnyOrder("sort", "direction", "overdue", "receivedFrom");
    }

    @Test
    void eachRoleFindsOnlyTheCasesTheVisibilityRuleLetsItSee() {
        assertThat(found("supervisor", "")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("admin", "")).containsExactlyInAnyOrder(waiting, transferred);
        assertThat(found("unit-a", "")).as("a unit official: only what is with its unit").containsExactly(transferred);
        assertThat(found("unit-b", "")).isEmpty();
        assertThat(found("committee", "")).as("the committee sees proposals, not complaints").isEmpty();

        assertThat(as("ent-a").get(search("")).status()).as("an enterprise has its own list, not the search").isEqualTo(403);
        assertThat(as("ent-a").get("/api/cases/" + waiting).status()).isEqualTo(403);
        assertThat(as("member").get(search("")).status()).isEqualTo(403);
        assertThat(as("ent-a").get("/api/cases.csv?party=" + encoded(respondent)).status()).isEqualTo(403);
    }

    @Test
    void theCsvExportHoldsExactlyTheRowsOfTheSearch() {
        List<String> rows = found("unit-a", "");
        Reply csv = as("unit-a").get("/api/cases.csv?party=" + encoded(respondent));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFF编号,类型,案由,状态,来源渠道");
        List<String> lines = csv.text().lines().skip(1).toList();
        assertThat(lines.stream().map(l -> l.split(",")[0]).toList()).isEqualTo(rows);
        assertThat(lines.get(0)).contains("投诉", "TRANSFERRED", "网上提交", "市财政局", respondent);

        List<String> all = found("intake", "&sort=caseNo&direction=asc");
        List<String> exported = as("intake").get("/api/cases.csv?sort=caseNo&direction=asc&party=" + encoded(respondent)).text()
                .lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertThat(exported).isEqualTo(all);
    }

    @Test
    void theXlsxExportHoldsExactlyTheRowsOfTheSearch() throws IOException {
        List<String> rows = found("intake", "&sort=receivedAt&direction=asc");
        Reply xlsx = as("intake").get("/api/cases.xlsx?sort=receivedAt&direction=asc&party=" + encoded(respondent));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        List<List<String>> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> read = sheet.openStream()) {
                read.forEach(row -> cells.add(row.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue()).toList()));
            }
        }
        assertThat(cells.get(0).subList(0, 3)).isEqualTo(List.of("编号", "类型", "案由"));
        assertThat(cells.subList(1, cells.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(rows);
        assertThat(cells.get(1)).contains("是").as("the overdue case first");
    }

    private String file(String respondentName) {
        Reply filed = as("ent-a").post("/api/complaints", complaintWith("respondent.name", respondentName));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    /** The case numbers the user's search finds among this test's two complaints (with further criteria). */
    private List<String> found(String username, String criteria) {
        Reply reply = as(username).get(search(criteria));
        assertThat(reply.status()).as("%s searches: %s", username, reply.text()).isEqualTo(200);
        return numbers(reply.json());
    }

    private String search(String criteria) {
        return "/api/cases?size=50&party=" + encoded(respondent) + criteria;
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("caseNo").asText()));
        return numbers;
    }

    /** The test client encodes the URI itself. */
    private static String encoded(String text) {
        return text;
    }

    /** Moves the engine clock and runs the case's due timers (its lifecycle's and its deadline watches'). */
    private void timePasses(String caseNo, Instant to) {
        EngineClock.passTo(runtimeService, managementService, caseNo, to);
    }
}
