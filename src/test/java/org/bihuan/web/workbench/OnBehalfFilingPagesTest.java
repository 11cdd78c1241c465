package org.bihuan.web.workbench;

import org.bihuan.support.PageClient;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing on an enterprise's behalf as the server renders it: only intake files; the rules' refusals next to their
 * fields with what was typed kept; a receipt long ago waiting for a supervisor; the promise's scan taking the case out
 * of "promise pending"; the case in the portal of the enterprise's account when one has the credit code.
 */
class OnBehalfFilingPagesTest extends WorkbenchScenario {

    @Test
    void onlyAnIntakeClerkOpensTheFilingPage() {
        PageClient unitOfficial = new PageClient(port).signIn("unit-a");
        PageClient.Page page = unitOfficial.get(OnBehalfFilingPages.NEW);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问").doesNotContain("name=\"complaint.complainant.name\"");
        unitOfficial.get("/workbench/cases");
        assertThat(unitOfficial.post(OnBehalfFilingPages.NEW, onBehalfFields(newCreditCode())).status()).isEqualTo(403);
        assertThat(new PageClient(port).signIn("supervisor").get(OnBehalfFilingPages.NEW).status()).isEqualTo(403);
        assertThat(new PageClient(port).signIn("ent-a").get(OnBehalfFilingPages.NEW).status()).isEqualTo(403);

        PageClient.Page form = new PageClient(port).signIn("intake").get(OnBehalfFilingPages.NEW);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"channel\"", "value=\"HOTLINE_12345\"", "12345 热线", "name=\"receivedAt\"",
                        "value=\"2026-03-02T09:00\"", "name=\"complaint.complainant.creditCode\"", "for=\"f-complaint-respondent-type\"",
                        "name=\"complaint.inLitigation\"", "待补交承诺书", "2 个工作日")
                .doesNotContain(">PHONE<");
    }

    @Test
    void theRulesRefusalsShowNextToTheirFieldsAndWhatWasTypedStays() {
        Map<String, String> fields = new LinkedHashMap<>(onBehalfFields(newCreditCode()));
        fields.put("receivedAt", "2026-03-03T10:00");
        fields.remove("complaint.complainant.name");
        fields.put("complaint.respondent.creditCode", fields.get("complaint.complainant.creditCode"));
        fields.put("channel", "WEB");
        PageClient clerk = new PageClient(port).signIn("intake");
        clerk.get(OnBehalfFilingPages.NEW);

        PageClient.Page refused = clerk.post(OnBehalfFilingPages.NEW, fields);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-errors\"", "id=\"f-channel-error\"", "请选择投诉的来源渠道",
                "id=\"f-complaint-complainant-name-error\"", "不能为空",
                "value=\"2026-03-03T10:00\"", "value=\"陈会计\"", "设备安装完毕并验收合格，对方至今未付款。",
                "href=\"#f-complaint-complainant-name\"");
        // the date in the future is refused with the rest once the fields themselves are right
        fields.put("complaint.complainant.name", "杭州戊己机械有限公司");
        fields.put("complaint.respondent.creditCode", TestUsers.ENT_B_CREDIT_CODE);
        fields.put("channel", "PHONE");
        PageClient.Page future = clerk.post(OnBehalfFilingPages.NEW, fields);
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.body()).contains("id=\"f-receivedAt-error\"", "不得晚于现在", "value=\"杭州戊己机械有限公司\"");
        assertThat(jdbc.sql("select count(*) from complaint where complainant_credit_code = ?")
                .param(fields.get("complaint.complainant.creditCode")).query(Long.class).single()).as("nothing stored").isZero();
    }

    @Test
    void aComplaintFiledForAnEnterpriseWithAnAccountShowsInThatAccountsPortal() {
        Map<String, String> fields = new LinkedHashMap<>(onBehalfFields(TestUsers.ENT_A_CREDIT_CODE));
        fields.put("channel", "WALK_IN");
        PageClient clerk = new PageClient(port).signIn("intake");

        String caseNo = fileThroughThePage(clerk, fields);

        assertThat(clerk.get(OnBehalfFilingPages.CASE.replace("{no}", caseNo)).body())
                .contains("id=\"enterprise-account\"", "王经理（杭州甲乙科技有限公司）", "来访");
        // ent-a's list is paged and other tests file for ent-a too: the list as the portal reads it, searched by number
        assertThat(as("ent-a").get("/api/complaints?q=" + caseNo).json().get("total").asLong()).isEqualTo(1);
        PageClient.Page portal = new PageClient(port).signIn("ent-a").get("/portal/complaints/" + caseNo);
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.body()).contains(caseNo, "待补交承诺书", "某区建设工程管理中心");
        assertThat(new PageClient(port).signIn("ent-b").get("/portal/complaints/" + caseNo).status()).isEqualTo(404);
    }

    @Test
    void aReceiptLongerAgoThanTheLimitWaitsForASupervisorAndThePromiseTakesTheCaseOn() {
        Map<String, String> fields = new LinkedHashMap<>(onBehalfFields(newCreditCode()));
        // Thursday 26 February: more than 2 working days before Monday 2 March
        fields.put("receivedAt", "2026-02-26T10:00");
        PageClient clerk = new PageClient(port).signIn("intake");

        String caseNo = fileThroughThePage(clerk, fields);

        PageClient.Page filed = clerk.get(OnBehalfFilingPages.CASE.replace("{no}", caseNo) + "?filed");
        assertThat(filed.body()).contains("id=\"waits-for-promise\"", "id=\"waits-for-supervisor\"", "确认补登收件日期",
                "id=\"no-account\"", "13900000077", "chen@wuji.example", "enctype=\"multipart/form-data\"", "电话");
        assertThat(tasksOf("supervisor", caseNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("confirmBackdate");
        assertDiagramMarksCurrent(caseNo, "confirmBackdate");

        PageClient.Page noFile = clerk.postMultipart(OnBehalfFilingPages.CASE.replace("{no}", caseNo) + "/promise", Map.of(),
                "file", null, null, null);
        assertThat(noFile.status()).isEqualTo(200);
        assertThat(noFile.body()).contains("id=\"f-file-error\"");
        PageClient.Page attached = clerk.postMultipart(OnBehalfFilingPages.CASE.replace("{no}", caseNo) + "/promise", Map.of(),
                "file", "promise.pdf", "application/pdf", ONE_PAGE_PDF);
        assertThat(attached.status()).as(attached.body()).isEqualTo(302);

        assertThat(clerk.get(OnBehalfFilingPages.CASE.replace("{no}", caseNo) + "?attached").body())
                .contains("id=\"promise-received\"", "id=\"waits-for-supervisor\"", "promise.pdf").doesNotContain("id=\"promise-form\"");
        complete("supervisor", caseNo, "confirmBackdate", Map.of("backdate", "CONFIRM", "reason", "来电记录显示 2 月 26 日来电。"));
        assertThat(as("intake").get("/api/complaints/" + caseNo).json().get("status").asText()).isEqualTo("SUBMITTED");
        assertDiagramMarksCurrent(caseNo, "acceptReview");
        assertThat(tasksOf("intake", caseNo)).extracting(t -> t.get("taskKey").asText()).isEqualTo(List.of("acceptReview"));
    }
}
