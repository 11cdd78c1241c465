package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.support.ApiScenario;
import org.bihuan.support.EngineClock;
import org.bihuan.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open cases from the office's Excel ledger (台账) through /api/admin/import: the dry run lists every row's problems
 * and stores nothing, the import starts each case at its step with its original dates and history, and a batch is
 * undone while none of its cases has moved. Ledger numbers are of 2024, which no other test numbers in.
 */
class LegacyImportApiTest extends ApiScenario {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void aDryRunWithBadRowsListsEveryRowsProblemsAndNeitherItNorTheRefusedImportStoresAnything() {
        String existing = existingComplaint();
        List<Map<String, Object>> rows = List.of(
                complaint("TS2024-000601", "办理", "市交通局"),
                complaint("TS2024-000602", "归档", "CZJ"),
                Ledgers.with(Ledgers.with(complaint("TS2024-000603", "办理", "CZJ"), "投诉企业名称", null), "收件日期", "2024-02-30"),
                complaint("TS2024-000604", "办理", "CZJ"),
                complaint("TS2024-000604", "办理", "CZJ"),
                complaint(existing, "办理", "CZJ"),
                Ledgers.with(complaint("TS2024-000607", "办理", "CZJ"), "投诉企业统一社会信用代码", "91330100MA2X7K1L1X"),
                complaint("TS2024-000608", "办理", "市财政局"));
        byte[] ledger = Ledgers.xlsx(Ledgers.COMPLAINT_HEADERS, rows);
        Counts before = counts();

        Reply dryRun = upload("/api/admin/import/dry-run", "COMPLAINT", "台账.xlsx", ledger);
        Reply refused = upload("/api/admin/import", "COMPLAINT", "台账.xlsx", ledger);

        assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(200);
        JsonNode check = dryRun.json();
        assertThat(check.get("ok").asBoolean()).isFalse();
        assertThat(problems(check, 2)).containsExactly("unit:unknownUnit");
        assertThat(problems(check, 3)).containsExactly("step:unknownStep");
        assertThat(problems(check, 4)).containsExactlyInAnyOrder("receivedOn:badDate", "complainant.name:required");
        assertThat(problems(check, 5)).isEmpty();
        assertThat(problems(check, 6)).containsExactly("caseNo:duplicateInFile");
        assertThat(problems(check, 7)).containsExactly("caseNo:duplicateCase");
        assertThat(problems(check, 8)).containsExactly("complainant.creditCode:invalid");
        assertThat(problems(check, 9)).as("a unit may be named by its name").isEmpty();
        assertThat(row(check, 6).get("problems").get(0).get("message").asText()).isEqualTo("TS2024-000604 is on row 5 too");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("rows[2].unit", "rows[3].step", "rows[4].receivedOn", "rows[4].complainant.name",
                "rows[6].caseNo", "rows[7].caseNo", "rows[8].complainant.creditCode");
        assertThat(counts()).as("nothing stored by the dry run nor by the refused import").isEqualTo(before);
    }

    @Test
    void aFileWithoutARequiredColumnOrUnreadableIsRefusedAsAWhole() {
        List<String> header = Ledgers.COMPLAINT_HEADERS.stream().filter(h -> !h.equals("当前环节")).toList();
        Reply missing = upload("/api/admin/import/dry-run", "COMPLAINT", "台账.xlsx",
                Ledgers.xlsx(header, List.of(complaint("TS2024-000611", "办理", "CZJ"))));
        Reply garbage = upload("/api/admin/import/dry-run", "COMPLAINT", "台账.xlsx", "PK\3\4 not a workbook".getBytes());
        Reply noType = upload("/api/admin/import/dry-run", "CONSULTATION", "台账.xlsx", new byte[]{1});
        Reply notAdmin = as("intake").postForm("/api/admin/import/dry-run", Map.of("type", "COMPLAINT"), "file", "a.csv",
                MediaType.TEXT_PLAIN, "编号\n".getBytes());

        assertThat(missing.json().get("fileProblems").get(0).get("code").asText()).isEqualTo("missingColumn");
        assertThat(missing.json().get("fileProblems").get(0).get("message").asText()).isEqualTo("has no column 当前环节");
        assertThat(garbage.json().get("fileProblems").get(0).get("code").asText()).isEqualTo("unreadable");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.errorFields()).containsExactly("type");
        assertThat(notAdmin.status()).isEqualTo(403);
    }

    @Test
    void importedComplaintsStartAtTheirStepsWithTheirDatesHistoryAndNumbersAndGoOnToTheirEnd() {
        Map<String, Object> handling = Ledgers.with(complaint("TS2024-000621", "办理", "CZJ"), "环节期限", LocalDate.of(2026, 3, 20));
        Map<String, Object> followUp = Ledgers.replied(
                Ledgers.with(complaint("清欠〔2024〕17号", "回访", "GZW"), "环节开始日期", LocalDate.of(2026, 3, 2)),
                "达成还款计划", 50000, "已督促丙丁贸易制定还款计划，首期 5 万元已支付。");
        byte[] ledger = Ledgers.xlsx(Ledgers.COMPLAINT_HEADERS, List.of(handling, followUp));

        Reply dryRun = upload("/api/admin/import/dry-run", "COMPLAINT", "台账.xlsx", ledger);
        assertThat(dryRun.json().get("ok").asBoolean()).as(dryRun.text()).isTrue();
        assertThat(warnings(dryRun.json(), 3)).containsExactly("caseNo:newNumber");
        Reply imported = upload("/api/admin/import", "COMPLAINT", "台账.xlsx", ledger);

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode batch = imported.json();
        assertThat(batch.get("status").asText()).isEqualTo("IMPORTED");
        assertThat(batch.get("undoable").asBoolean()).isTrue();
        JsonNode first = batch.get("cases").get(0);
        JsonNode second = batch.get("cases").get(1);
        String kept = first.get("caseNo").asText();
        String renumbered = second.get("caseNo").asText();
        assertThat(kept).as("the ledger's number fits the series: kept").isEqualTo("TS2024-000621");
        assertThat(first.get("numberKept").asBoolean()).isTrue();
        assertThat(renumbered).as("not of the series: the next number of the receipt's year").matches("TS2024-\\d{6}");
        assertThat(second.get("ledgerNo").asText()).isEqualTo("清欠〔2024〕17号");

        // the case at 办理: the unit's task, due as the ledger says, started when it started, watched
        JsonNode view = as("admin").get("/api/complaints/" + kept).json();
        assertThat(view.get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(view.get("unit").get("code").asText()).isEqualTo("CZJ");
        assertThat(view.get("channel").asText()).isEqualTo("LEDGER");
        assertThat(Instant.parse(view.get("receivedAt").asText())).isEqualTo(at(2024, 12, 16, 0, 0));
        Task handle = task(kept, "handle");
        assertThat(handle.getDueDate().toInstant()).as("the ledger's due day at office closing time").isEqualTo(at(2026, 3, 20, 17, 30));
        assertThat(stepStartedAt(handle.getId())).isEqualTo(at(2026, 2, 20, 0, 0));
        assertThat(watched(handle.getId())).as("the deadline watch runs for the imported step").isTrue();
        assertThat(timeline(kept)).containsSubsequence(
                "SUBMITTED@2024-12-16T00:00", "IMPORTED@2024-12-16T00:00:收到投诉（来信）", "IMPORTED@2024-12-21T00:00:受理",
                "IMPORTED@2026-02-20T00:00:办理开始", "STATUS@2026-02-20T00:00:IN_HANDLING");
        assertThat(timeline(kept).get(timeline(kept).size() - 1)).startsWith("IMPORTED@2026-03-02T09:00:从台账导入");
        assertThat(register(kept)).isEqualTo("USED");

        // the case at 回访: the reply it had is on it, the follow-up is due when the ledger says; the old number on its timeline
        Task followUpCall = task(renumbered, "followUpCall");
        assertThat(followUpCall.getDueDate().toInstant()).as("recomputed: complaint.follow-up (1WD) from its start on 2 March")
                .isEqualTo(at(2026, 3, 3, 17, 30));
        assertThat(as("admin").get("/api/complaints/" + renumbered).json().get("status").asText()).isEqualTo("REPLIED");
        assertThat(String.join("|", timeline(renumbered))).contains("台账编号 清欠〔2024〕17号");
        assertThat(tasksOf("intake", renumbered)).extracting(t -> t.get("taskKey").asText()).containsExactly("followUpCall");
        assertThat(deadlineWatchHealth()).as("every open step with a deadline is watched").isZero();

        // each goes on to its end through the API
        complete("unit-a", kept, "handle", Map.of("outcome", "PAID_IN_FULL", "amountRecovered", 286000, "reply", "欠款已全额支付。"));
        complete("ent-a", kept, "evaluate", Map.of("satisfaction", "SATISFIED"));
        complete("intake", renumbered, "followUpCall", Map.of("satisfaction", "BASICALLY_SATISFIED"));

        assertThat(as("admin").get("/api/complaints/" + kept).json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(as("admin").get("/api/complaints/" + renumbered).json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(notices(kept)).contains("complaint.result->ent-a", "complaint.closed->ent-a");
        assertThat(notices(renumbered)).contains("complaint.closed->ent-a");
        assertThat(as("admin").get("/api/admin/import/batches/" + batch.get("id").asLong()).json().get("undoable").asBoolean())
                .as("its cases have moved").isFalse();
    }

    @Test
    void aBatchIsUndoneWhileNoneOfItsCasesHasMovedAndNotAfter() {
        byte[] ledger = Ledgers.xlsx(Ledgers.COMPLAINT_HEADERS, List.of(complaint("TS2024-000631", "办理", "CZJ"),
                complaint("TS2024-000632", "签收", "GZW"), complaint("QQ-88", "转办", null)));
        Counts before = counts();
        JsonNode batch = imported(ledger);
        String renumbered = batch.get("cases").get(2).get("caseNo").asText();
        long id = batch.get("id").asLong();

        Reply undone = as("admin").post("/api/admin/import/batches/" + id + "/undo");

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(undone.json().get("status").asText()).isEqualTo("UNDONE");
        assertThat(undone.json().get("undoneBy").asText()).isEqualTo("admin");
        assertThat(counts()).as("process instances and case files of the batch are gone").isEqualTo(before.plusBatch());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("TS2024-000631").count()).isZero();
        assertThat(register("TS2024-000631")).as("a kept number leaves the register").isNull();
        assertThat(register(renumbered)).as("a new number stays, void").isEqualTo("VOID");
        assertThat(as("admin").post("/api/admin/import/batches/" + id + "/undo").status()).isEqualTo(409);
        assertThat(jdbc.sql("select action || ':' || actor from audit_entry where subject_type = 'importBatch' and subject_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("import.ledgerImported:admin", "import.undone:admin");

        // imported again (the numbers are free again); once a case has moved, the batch stays
        JsonNode again = imported(ledger);
        assertThat(again.get("cases").get(0).get("caseNo").asText()).isEqualTo("TS2024-000631");
        complete("unit-b", "TS2024-000632", "signFor", Map.of("decision", "SIGN", "reason", "属本单位职责。"));

        Reply refused = as("admin").post("/api/admin/import/batches/" + again.get("id").asLong() + "/undo");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("TS2024-000632 (STEP_DONE)").doesNotContain("TS2024-000631");
        JsonNode stays = as("admin").get("/api/admin/import/batches/" + again.get("id").asLong()).json();
        assertThat(stays.get("status").asText()).isEqualTo("IMPORTED");
        assertThat(stays.get("cases").get(1).get("moved").asText()).isEqualTo("STEP_DONE");
        assertThat(stays.get("cases").get(0).get("moved").isNull()).isTrue();
        assertThat(caseFileCount("TS2024-000631")).isEqualTo(1);
    }

    @Test
    void aCsvLedgerOfProposalsComesIntoItsSessionAndItsNumberSeriesWithItsLeadUnit() {
        Reply session = as("admin").post("/api/admin/sessions", Map.of("term", 6, "meeting", 30, "plenaryOpens", "2039-01-10",
                "plenaryCloses", "2039-01-14", "recessEnds", "2039-12-31"));
        assertThat(session.status()).as(session.text()).isEqualTo(201);
        EngineClock.set(at(2039, 6, 1, 9, 0));
        byte[] ledger = Ledgers.csv(Ledgers.PROPOSAL_HEADERS, List.of(
                Ledgers.proposal("20390007", "主办答复", LocalDate.of(2039, 1, 12), LocalDate.of(2039, 2, 1), "CZJ", "关于加装电梯的建议"),
                Ledgers.with(Ledgers.proposal("", "审查", LocalDate.of(2039, 5, 20), LocalDate.of(2039, 5, 21), null, "关于社区食堂的建议"),
                        "提案人", "member2")));

        JsonNode batch = imported("PROPOSAL", "提案台账.csv", ledger);

        String replying = batch.get("cases").get(0).get("caseNo").asText();
        String underReview = batch.get("cases").get(1).get("caseNo").asText();
        assertThat(replying).isEqualTo("20390007");
        assertThat(underReview).as("the next of the session's series, after the kept number").isEqualTo("20390008");
        JsonNode proposal = as("member").get("/api/proposals/" + replying).json();
        assertThat(proposal.get("sessionName").asText()).isEqualTo("六届三十次会议");
        assertThat(proposal.get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(proposal.get("units").get(0).get("code").asText()).isEqualTo("CZJ");
        assertThat(task(replying, "reply").getDueDate().toInstant()).as("proposal.reply (3M) from the assignment")
                .isEqualTo(at(2039, 5, 2, 17, 30));
        assertThat(as("member2").get("/api/proposals/" + underReview).json().get("status").asText()).isEqualTo("UNDER_REVIEW");

        complete("unit-a", replying, "reply", Map.of("replyClass", "A", "replyText", "已纳入年度计划并实施。", "publishable", true));
        complete("member", replying, "evaluate", Map.of("satisfaction", "SATISFIED"));
        complete("committee", underReview, "review", Map.of("decision", "REGISTER"));

        assertThat(as("member").get("/api/proposals/" + replying).json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(tasksOf("committee", underReview)).extracting(t -> t.get("taskKey").asText()).containsExactly("assign");
    }

    private Map<String, Object> complaint(String number, String step, String unit) {
        return Ledgers.complaint(number, step, LocalDate.of(2024, 12, 16), LocalDate.of(2026, 2, 20), unit);
    }

    /** A complaint ent-a filed through the portal: its number is taken. */
    private String existingComplaint() {
        Map<String, Object> body = ComplaintApiScenario.complaintBody();
        Reply filed = as("ent-a").post("/api/complaints", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    private Reply upload(String path, String type, String filename, byte[] content) {
        return as("admin").postForm(path, Map.of("type", type), "file", filename, MediaType.parseMediaType(XLSX), content);
    }

    private JsonNode imported(byte[] ledger) {
        return imported("COMPLAINT", "台账.xlsx", ledger);
    }

    private JsonNode imported(String type, String filename, byte[] ledger) {
        Reply imported = upload("/api/admin/import", type, filename, ledger);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        return imported.json();
    }

    private static JsonNode row(JsonNode check, int number) {
        for (JsonNode row : check.get("rows")) {
            if (row.get("row").asInt() == number) {
                return row;
            }
        }
        throw new AssertionError("no row " + number + " in " + check);
    }

    /** "column:code" of a row's problems. */
    private static List<String> problems(JsonNode check, int number) {
        List<String> problems = new ArrayList<>();
        row(check, number).get("problems").forEach(p -> problems.add(p.get("column").asText() + ":" + p.get("code").asText()));
        return problems;
    }

    private static List<String> warnings(JsonNode check, int number) {
        List<String> warnings = new ArrayList<>();
        row(check, number).get("warnings").forEach(p -> warnings.add(p.get("column").asText() + ":" + p.get("code").asText()));
        return warnings;
    }

    private Task task(String caseNo, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open %s of %s", taskKey, caseNo).hasSize(1);
        return tasks.get(0);
    }

    private Instant stepStartedAt(String taskId) {
        return jdbc.sql("select created_at from step_deadline where task_id = ?").param(taskId)
                .query((rs, i) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
    }

    private boolean watched(String taskId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("deadline-watch")
                .variableValueEquals("taskId", taskId).count() == 1;
    }

    /** "TYPE@local time:note" of the case's timeline, in order. */
    private List<String> timeline(String caseNo) {
        return jdbc.sql("select type, at, note from timeline_event where case_no = ? order by at, id").param(caseNo)
                .query((rs, i) -> rs.getString("type") + "@" + rs.getObject("at", java.time.OffsetDateTime.class).toInstant()
                        .atZone(SHANGHAI).toLocalDateTime() + (rs.getString("note") == null ? "" : ":" + rs.getString("note")))
                .list();
    }

    private String register(String number) {
        return jdbc.sql("select status from case_number where number = ?").param(number).query(String.class).optional().orElse(null);
    }

    private int deadlineWatchHealth() {
        Reply health = as("admin").get("/actuator/health");
        return health.json().get("components").get("deadlineWatch").get("details").get("unwatchedSteps").asInt();
    }

    private List<String> notices(String caseNo) {
        return jdbc.sql("select template, recipient_username from notification where body like ? order by id")
                .param("%" + caseNo + "%")
                .query((rs, i) -> rs.getString("template") + "->" + rs.getString("recipient_username")).list();
    }

    private int caseFileCount(String caseNo) {
        return jdbc.sql("select count(*) from case_file where case_no = ?").param(caseNo).query(Integer.class).single();
    }

    private Counts counts() {
        return new Counts(jdbc.sql("select count(*) from case_file").query(Long.class).single(),
                runtimeService.createProcessInstanceQuery().count(),
                jdbc.sql("select count(*) from import_batch").query(Long.class).single());
    }

    record Counts(long caseFiles, long processInstances, long batches) {
        Counts plusBatch() {
            return new Counts(caseFiles, processInstances, batches + 1);
        }
    }
}
