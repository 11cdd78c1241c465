package org.bihuan.web.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench as the server renders it, without a browser: who may open what (another unit's task and case are the 404
 * page, an enterprise is refused the workbench), the header's places by role, the inbox's filters and their refusals, a
 * handover to a colleague chosen from the unit's list, the task form's data with the routing table's suggestion, the
 * completion's refusals by field and the draft, and internal comments that never reach the enterprise.
 */
class WorkbenchPagesTest extends WorkbenchScenario {

    @Test
    void anotherUnitNeverSeesTheTaskOrTheCaseAndAnEnterpriseIsRefusedTheWorkbench() {
        String caseNo = transferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        as("ent-a").upload("/api/complaints/" + caseNo + "/attachments", "contract.pdf", org.springframework.http.MediaType.APPLICATION_PDF,
                "%PDF-1.4\n% contract\n%%EOF\n".getBytes());
        long attachment = as("intake").get("/api/complaints/" + caseNo + "/attachments").json().get(0).get("id").asLong();

        PageClient unitB = new PageClient(port).signIn("unit-b");
        assertThat(unitB.get("/workbench/tasks/" + signFor).status()).isEqualTo(404);
        assertThat(unitB.get("/workbench/tasks/" + signFor + "/form").status()).isEqualTo(404);
        for (String path : List.of("", "/diagram", "/attachments/" + attachment)) {
            assertThat(unitB.get("/workbench/cases/" + caseNo + path).status()).as("unit-b on the case page%s", path).isEqualTo(404);
        }
        PageClient.Page foreign = unitB.get("/workbench/cases/" + caseNo);
        assertThat(foreign.body()).contains("页面不存在").doesNotContain(RESPONDENT, DESCRIPTION);
        assertThat(unitB.get("/workbench/tasks?q=" + caseNo).body()).doesNotContain("/workbench/tasks/" + signFor)
                .contains("没有符合条件的待办任务");

        PageClient unitA = new PageClient(port).signIn("unit-a");
        assertThat(unitA.get("/workbench/tasks?q=" + caseNo).body()).contains(caseNo, "签收", "尚未签收");
        PageClient.Page task = unitA.get("/workbench/tasks/" + signFor);
        assertThat(task.status()).isEqualTo(200);
        assertThat(task.body()).contains(COMPLAINANT, "876,543.21", "身份已核验", "contract.pdf", "签收任务");
        PageClient.Page file = unitA.get("/workbench/cases/" + caseNo + "/attachments/" + attachment + "?inline=true");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("inline");
        assertThat(file.body()).startsWith("%PDF");
        assertThat(unitA.get("/workbench/cases/" + caseNo + "/attachments/" + attachment).header("Content-Disposition"))
                .startsWith("attachment");

        PageClient enterprise = new PageClient(port).signIn("ent-a");
        assertThat(enterprise.get("/workbench/tasks").status()).isEqualTo(403);
        assertThat(enterprise.get("/workbench/cases/" + caseNo).status()).isEqualTo(403);
    }

    @Test
    void aSupervisorLooksIntoAUnitsTasksAndIsLedToTheirCasesWhichAUnitOfficialMayNot() {
        String caseNo = transferredToCzj();
        PageClient supervisor = new PageClient(port).signIn("supervisor");
        String watching = supervisor.get("/workbench/tasks?unit=CZJ&q=" + caseNo).body();
        assertThat(watching).contains("id=\"f-unit\"", "href=\"/workbench/cases/" + caseNo + "\"", "签收")
                .doesNotContain("/claim\"");
        assertThat(supervisor.get("/workbench/cases/" + caseNo).status()).isEqualTo(200);
        assertThat(new PageClient(port).signIn("unit-b").get("/workbench/tasks?unit=CZJ").body())
                .contains("只能查看本单位的任务").doesNotContain(caseNo);
    }

    @Test
    void theWorkbenchOpensOnTheInboxAndTheHeaderLinksEachRolesPlaces() {
        PageClient intake = new PageClient(port).signIn("intake");
        PageClient.Page workbench = intake.get("/workbench");
        assertThat(workbench.status()).isEqualTo(302);
        assertThat(workbench.location()).endsWith("/workbench/tasks");
        assertThat(intake.get("/workbench/tasks").body()).contains("href=\"/workbench/tasks\"", "href=\"/workbench/cases\"",
                        "href=\"/workbench/complaints/new\"", "href=\"/workbench/enterprises\"", "href=\"/workbench/absences\"")
                .doesNotContain("href=\"/workbench/batches/");
        assertThat(new PageClient(port).signIn("supervisor").get("/").body()).contains("href=\"/workbench/enterprises\"",
                "href=\"/workbench/batches/reminders\"", "href=\"/dashboard\"").doesNotContain("href=\"/workbench/complaints/new\"");
        assertThat(new PageClient(port).signIn("committee").get("/").body()).contains("href=\"/workbench/batches/proposals\"")
                .doesNotContain("href=\"/workbench/enterprises\"");
        assertThat(new PageClient(port).signIn("unit-a").get("/?lang=en").body()).contains("My tasks", "Cases", "Absences")
                .doesNotContain("href=\"/workbench/enterprises\"", "href=\"/workbench/complaints/new\"");
    }

    @Test
    void theHeaderBadgeCountsTheInboxAndRefreshesFromItsOwnPath() {
        fileComplaint(false);
        PageClient intake = new PageClient(port).signIn("intake");
        long total = as("intake").get("/api/tasks/counts").json().get("total").asLong();
        assertThat(total).isPositive();
        assertThat(intake.get("/").body()).contains("hx-get=\"/workbench/tasks/count\"", "hx-trigger=\"every 60s, focus from:window\"",
                "badge rounded-pill text-bg-danger\">" + total + "<");
        assertThat(intake.get("/workbench/tasks/count").body().strip()).startsWith("<span class=\"nav-count-value\">")
                .contains(">" + total + "<").doesNotContain("<html");
    }

    @Test
    void theInboxRefusesFiltersThatCannotGoTogetherOnTheirField() {
        fileComplaint(false);
        PageClient intake = new PageClient(port).signIn("intake");
        PageClient.Page both = intake.get("/workbench/tasks?overdue=true&dueWithin=2");
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.body()).contains("id=\"f-dueWithin\"", "is-invalid", "f-dueWithin-error", "不能与“只看已超期”同时使用");
        PageClient.Page notANumber = intake.get("/workbench/tasks?dueWithin=soon");
        assertThat(notANumber.body()).contains("f-dueWithin-error", "应为工作日天数");
        PageClient.Page unclaimed = intake.get("/workbench/tasks?holder=UNCLAIMED&caseType=COMPLAINT");
        assertThat(unclaimed.body()).contains("aria-current=\"page\"", "待签收", "尚未签收").doesNotContain("is-invalid");
    }

    @Test
    void aClaimedTaskIsHandedToAColleagueOfTheUnitChosenFromItsList() {
        String caseNo = transferredToCzj();
        String signFor = taskId("unit-a", caseNo, "signFor");
        PageClient unitA = new PageClient(port).signIn("unit-a");
        unitA.get("/workbench/tasks?q=" + caseNo);
        PageClient.Page claimed = unitA.post("/workbench/tasks/" + signFor + "/claim", Map.of("returnTo", "/workbench/tasks?q=" + caseNo));
        assertThat(claimed.location()).endsWith("/workbench/tasks?q=" + caseNo);
        PageClient.Page inbox = unitA.get("/workbench/tasks?q=" + caseNo);
        assertThat(inbox.body()).contains("已签收，该任务由您办理", "name=\"to\"", "<option value=\"head-a\">卫局长（财政局）</option>")
                .doesNotContain("value=\"unit-b\"", "value=\"unit-a\"");

        PageClient.Page refused = unitA.post("/workbench/tasks/" + signFor + "/handover", Map.of("to", "unit-b", "note", "x"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(unitA.get("/workbench/tasks").body()).contains("未能转交", "必须是本单位在岗的同事");

        unitA.post("/workbench/tasks/" + signFor + "/handover", Map.of("to", "head-a", "note", "请局长签收。",
                "returnTo", "/workbench/tasks"));
        assertThat(unitA.get("/workbench/tasks").body()).contains("已转交");
        assertThat(new PageClient(port).signIn("head-a").get("/workbench/tasks?holder=MINE").body()).contains(caseNo);
        List<String> timeline = new ArrayList<>();
        as("supervisor").get("/api/cases/" + caseNo).json().get("timeline").forEach(e -> timeline.add(e.get("type").asText()));
        assertThat(timeline).contains("TASK_HANDOVER");
        assertThat(new PageClient(port).signIn("head-a").get("/workbench/cases/" + caseNo).body()).contains("任务转交", "钱承办（财政局）");
    }

    @Test
    void theTransferFormComesWithTheRoutingTablesSuggestionAndItsCompletionIsRefusedByField() throws Exception {
        String caseNo = fileComplaint(false);
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        String transfer = taskId("intake", caseNo, "transfer");
        PageClient intake = new PageClient(port).signIn("intake");
        intake.get("/workbench/tasks/" + transfer);
        intake.post("/workbench/tasks/" + transfer + "/claim", Map.of());

        PageClient.Page page = intake.get("/workbench/tasks/" + transfer);
        assertThat(page.body()).contains("分派规则表建议：市财政局", "data-form-url=\"/workbench/tasks/" + transfer + "/form\"");
        JsonNode form = json.readTree(intake.get("/workbench/tasks/" + transfer + "/form").body());
        assertThat(form.path("readOnly").asBoolean()).isFalse();
        assertThat(form.path("data").path("unitCode").asText()).isEqualTo("CZJ");
        List<String> options = new ArrayList<>();
        form.path("data").path("unitOptions").forEach(o -> options.add(o.path("value").asText() + "=" + o.path("label").asText()));
        assertThat(options).contains("CZJ=市财政局（建议）", "GZW=市国资委");
        assertThat(form.path("schema").path("components").get(0).path("label").asText()).isEqualTo("承办单位");
        JsonNode english = json.readTree(intake.get("/workbench/tasks/" + transfer + "/form?lang=en").body());
        assertThat(english.path("schema").path("components").get(0).path("label").asText()).isEqualTo("Handling unit");
        intake.get("/workbench/tasks/" + transfer + "?lang=zh-CN");

        PageClient.Page draft = intake.sendJson("PUT", "/workbench/tasks/" + transfer + "/draft", "{\"unitCode\":\"GZW\",\"note\":\"先存草稿\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        JsonNode restored = json.readTree(intake.get("/workbench/tasks/" + transfer + "/form").body());
        assertThat(restored.path("data").path("unitCode").asText()).isEqualTo("GZW");
        assertThat(restored.path("data").path("note").asText()).isEqualTo("先存草稿");
        assertThat(intake.get("/workbench/tasks/" + transfer).body()).contains("已恢复");

        PageClient.Page refused = intake.sendJson("POST", "/workbench/tasks/" + transfer + "/complete", "{\"unitCode\":\"NOPE\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("errors").has("unitCode")).isTrue();
        assertThat(taskId("intake", caseNo, "transfer")).isEqualTo(transfer);

        PageClient.Page withoutToken = new PageClient(port).signIn("intake").sendJson("POST", "/workbench/tasks/" + transfer + "/complete",
                "{\"unitCode\":\"CZJ\"}");
        assertThat(withoutToken.status()).as("the sign-in page's token is not the session's any more").isEqualTo(403);

        PageClient.Page done = intake.sendJson("POST", "/workbench/tasks/" + transfer + "/complete", "{\"unitCode\":\"CZJ\",\"note\":\"请办理\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(json.readTree(done.body()).path("location").asText()).isEqualTo("/workbench/tasks?completed=" + caseNo);
        assertThat(intake.get("/workbench/tasks?completed=" + caseNo).body()).contains(caseNo + " 的任务已办结");
        assertThat(tasksOf("unit-a", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("signFor");
        assertThat(jdbc.sql("select count(*) from task_draft where task_id = ?").param(transfer).query(Integer.class).single()).isZero();
    }

    @Test
    void internalCommentsStayInsideTheOffice() {
        String caseNo = fileComplaint(false);
        String accept = taskId("intake", caseNo, "acceptReview");
        PageClient intake = new PageClient(port).signIn("intake");
        intake.get("/workbench/tasks/" + accept);
        PageClient.Page blank = intake.post("/workbench/cases/" + caseNo + "/comments",
                Map.of("text", " ", "returnTo", "/workbench/tasks/" + accept));
        assertThat(blank.location()).endsWith("/workbench/tasks/" + accept + "#comments");
        assertThat(intake.get("/workbench/tasks/" + accept).body()).contains("f-text-error", "不能为空");
        PageClient.Page added = intake.post("/workbench/cases/" + caseNo + "/comments",
                Map.of("text", "内部：先电话核实合同金额。", "returnTo", "/workbench/tasks/" + accept));
        assertThat(added.location()).endsWith("/workbench/tasks/" + accept + "#comments");
        assertThat(intake.get("/workbench/cases/" + caseNo).body()).contains("内部：先电话核实合同金额。", "赵受理");

        assertThat(as("ent-a").get("/api/complaints/" + caseNo).text()).doesNotContain("先电话核实合同金额");
        assertThat(new PageClient(port).signIn("ent-a").get("/portal/complaints/" + caseNo).body()).doesNotContain("先电话核实合同金额");
    }

    @Test
    void theCasePageListsTheReplyLetterAmongItsDocumentsServedOnThePageSessionToWhoMaySeeTheCase() {
        String proposalNo = proposalInHandlingAtCzj();
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈。"));
        complete("unit-a", proposalNo, "reply", Map.of("replyClass", "B", "replyText", "已列入明年财政预算，分批实施。",
                "publishable", true));
        long replyLetter = jdbc.sql("select id from official_document where case_no = ? and kind = 'REPLY_LETTER'")
                .param(proposalNo).query(Long.class).single();
        String pdfPath = "/documents/" + proposalNo + "/" + replyLetter + ".pdf";

        PageClient committee = new PageClient(port).signIn("committee");
        PageClient.Page page = committee.get("/workbench/cases/" + proposalNo);
        assertThat(page.body()).contains(PROPOSAL_TITLE, "答复函", "href=\"" + pdfPath + "\"",
                "已列入明年财政预算，分批实施。", "答复类别", "正在解决或列入计划解决");
        PageClient.Page letter = committee.get(pdfPath);
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(letter.body()).startsWith("%PDF");
        assertThat(new PageClient(port).signIn("unit-b").get(pdfPath).status()).isEqualTo(404);
    }

    /** ent-a's complaint, accepted and transferred to 市财政局 through the API: it waits for unit-a's signFor. */
    private String transferredToCzj() {
        String caseNo = fileComplaint(false);
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        return caseNo;
    }
}
