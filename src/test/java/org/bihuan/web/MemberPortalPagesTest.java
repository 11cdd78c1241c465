package org.bihuan.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member portal as a browser without script uses it: the proposal form in three parts filed at once or kept as a
 * draft, errors next to their fields in the page's language with the input kept, cosigning on one page with the
 * header's count, the reply letter for the page session, and the evaluation form when it is due.
 */
class MemberPortalPagesTest extends WebScenario {

    static final Pattern RECEIPT = Pattern.compile("/portal/proposals/([0-9A-Z-]+)/receipt");
    static final Pattern DRAFT = Pattern.compile("/portal/proposals/drafts/([0-9]+)$");

    static Map<String, String> proposal(String title, String type, String cosigner) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("category", "社会事业");
        fields.put("type", type);
        fields.put("parts.problem", "社区养老服务设施不足，老人就近养老难。");
        fields.put("parts.analysis", "用地和运营经费缺少保障。");
        fields.put("parts.suggestions", "一是规划预留用地；二是给予运营补贴。");
        if (cosigner != null) {
            fields.put("cosigners", cosigner);
        }
        return fields;
    }

    @Test
    void aJointProposalFiledFromTheFormKeepsItsThreePartsAndTheReceiptShowsItsNumber() {
        PageClient member = new PageClient(port).signIn("member");
        assertThat(member.get("/portal/proposals/new").body()).contains("name=\"parts.problem\"", "for=\"f-parts-problem\"",
                "name=\"title\"", "name=\"type\"", "联名提案", "hx-get=\"/portal/proposals/members\"");

        PageClient.Page filed = member.post("/portal/proposals/new", proposal("关于完善社区养老的建议", "JOINT", "member2"));

        assertThat(filed.status()).isEqualTo(302);
        Matcher receipt = RECEIPT.matcher(filed.location());
        assertThat(receipt.find()).as(filed.location()).isTrue();
        String proposalNo = receipt.group(1);
        assertThat(member.get(path(filed.location())).body()).contains("提案已提交", proposalNo, "联名确认中", "已请联名人确认");
        JsonNode view = as("member").get("/api/proposals/" + proposalNo).json();
        assertThat(view.at("/parts/problem").asText()).isEqualTo("社区养老服务设施不足，老人就近养老难。");
        assertThat(view.get("content").asText()).isEqualTo("社区养老服务设施不足，老人就近养老难。\n\n用地和运营经费缺少保障。\n\n一是规划预留用地；二是给予运营补贴。");
        assertThat(view.get("signers")).extracting(s -> s.get("username").asText()).containsExactly("member", "member2");
    }

    @Test
    void aRejectedProposalShowsEachReasonNextToItsFieldInThePagesLanguageAndKeepsWhatWasTyped() {
        PageClient member = new PageClient(port).signIn("member");
        member.get("/portal/proposals/new");
        Map<String, String> fields = proposal("", "JOINT", "member");
        fields.put("parts.analysis", "  ");

        PageClient.Page chinese = member.post("/portal/proposals/new", fields);

        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.body()).contains("id=\"form-errors\"", "aria-describedby=\"f-title-error\"", "id=\"f-title-error\"",
                "id=\"f-parts-analysis-error\"", "不能为空", "href=\"#f-parts-analysis\"",
                "社区养老服务设施不足，老人就近养老难。", "一是规划预留用地；二是给予运营补贴。", "value=\"member\"");
        assertThat(member.post("/portal/proposals/new?lang=en", fields).body()).contains("must not be blank").doesNotContain("不能为空");

        // the service's own rules (who may cosign) come once the request is well formed, as through the API
        PageClient.Page self = member.post("/portal/proposals/new?lang=zh-CN", proposal("关于自己联名的建议", "JOINT", "member"));
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body()).contains("id=\"f-cosigners[0]-error\"", "您是领衔人", "value=\"关于自己联名的建议\"");
        assertThat(member.post("/portal/proposals/new?lang=en", proposal("关于自己联名的建议", "JOINT", "member")).body())
                .contains("you sign first as the initiator").doesNotContain("您是领衔人");
        assertThat(as("member").get("/api/proposals?q=" + "社区养老服务设施不足").json().get("total").asInt()).isZero();
    }

    @Test
    void theApiTakesTheContentInItsPartsOrAsOneTextButNotBoth() {
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("title", "关于两种内容的建议");
        both.put("content", "问题：……分析：……建议：……一二三四五六七八九十");
        both.put("category", "经济");
        both.put("type", "INDIVIDUAL");
        both.put("parts", Map.of("problem", "问题", "analysis", "分析", "suggestions", "建议"));
        Reply refused = as("member").post("/api/proposals", both);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"content\"", "either content or parts");

        both.remove("content");
        both.put("parts", Map.of("problem", "问题", "analysis", "", "suggestions", "建议"));
        Reply partMissing = as("member").post("/api/proposals", both);
        assertThat(partMissing.status()).isEqualTo(400);
        assertThat(partMissing.text()).contains("\"field\":\"parts.analysis\"").doesNotContain("\"field\":\"content\"");

        both.put("parts", Map.of("problem", "问题", "analysis", "分析", "suggestions", "建议"));
        Reply tooShort = as("member").post("/api/proposals", both);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text()).contains("\"field\":\"content\"", "20 to 50000");
    }

    @Test
    void aDraftIsKeptOnTheServerReopensAndIsFiledFromThePage() {
        String title = "关于草稿" + UUID.randomUUID().toString().substring(0, 6) + "的建议";
        PageClient member = new PageClient(port).signIn("member");
        member.get("/portal/proposals/new");
        Map<String, String> half = new LinkedHashMap<>(Map.of("title", title, "type", "INDIVIDUAL", "parts.problem", "只写了问题。"));

        PageClient.Page saved = member.post("/portal/proposals/drafts", half);

        assertThat(saved.status()).isEqualTo(302);
        Matcher draft = DRAFT.matcher(saved.location());
        assertThat(draft.find()).as(saved.location()).isTrue();
        String id = draft.group(1);
        assertThat(as("member").get("/api/portal/drafts/" + id).json().at("/data/parts/problem").asText()).isEqualTo("只写了问题。");
        PageClient other = new PageClient(port).signIn("member");
        assertThat(other.get("/portal/proposals/new").body()).as("another device").contains(title, "/portal/proposals/drafts/" + id);
        assertThat(other.get("/portal/proposals/drafts/" + id).body()).contains("value=\"" + title + "\"", "只写了问题。", "草稿已保存".substring(0, 2));
        assertThat(new PageClient(port).signIn("member2").get("/portal/proposals/drafts/" + id).status()).isEqualTo(404);

        PageClient.Page stillHalf = other.post("/portal/proposals/drafts/" + id + "/submit", half);
        assertThat(stillHalf.status()).isEqualTo(200);
        assertThat(stillHalf.body()).contains("id=\"f-category-error\"", "id=\"f-parts-suggestions-error\"", "只写了问题。");

        Map<String, String> whole = proposal(title, "INDIVIDUAL", null);
        PageClient.Page filed = other.post("/portal/proposals/drafts/" + id + "/submit", whole);
        assertThat(filed.status()).isEqualTo(302);
        assertThat(RECEIPT.matcher(filed.location()).find()).isTrue();
        assertThat(as("member").get("/api/portal/drafts/" + id).status()).isEqualTo(404);
    }

    @Test
    void theCosignerReadsTheProposalAndConfirmsOnOnePageAndTheHeaderCountsWhatWaits() {
        PageClient member2 = new PageClient(port).signIn("member2");
        long before = openInvitations("member2");
        String proposalNo = fileJoint("关于联名确认的建议");

        String home = member2.get("/").body();
        assertThat(home).contains("href=\"/portal/proposals/cosign\"", "badge", ">" + (before + 1) + "<", "件待处理");
        assertThat(member2.get("/portal/proposals/cosign").body()).contains(proposalNo, "关于联名确认的建议", "郑委员",
                "/portal/proposals/cosign/" + proposalNo);
        PageClient.Page page = member2.get("/portal/proposals/cosign/" + proposalNo);
        assertThat(page.body()).contains("存在的问题", "社区养老服务设施不足", "name=\"decision\"", "value=\"CONFIRM\"", "同意联名",
                "for=\"f-decision-CONFIRM\"");

        PageClient.Page nothingChosen = member2.post("/portal/proposals/cosign/" + proposalNo, Map.of());
        assertThat(nothingChosen.status()).isEqualTo(200);
        assertThat(nothingChosen.body()).contains("id=\"f-decision-error\"", "必须填写");

        PageClient.Page answered = member2.post("/portal/proposals/cosign/" + proposalNo, Map.of("decision", "CONFIRM", "note", "同意。"));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(member2.get(path(answered.location())).body()).contains("您已同意联名第 " + proposalNo + " 号提案");
        assertThat(as("member").get("/api/proposals/" + proposalNo).json().get("signers").get(1).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(openInvitations("member2")).isEqualTo(before);
        assertThat(member2.get("/portal/proposals/cosign/" + proposalNo).body()).contains("没有等待您答复的联名邀请")
                .doesNotContain("name=\"decision\"");
    }

    @Test
    void theReplyLetterIsServedToThePageSessionWhichTheBasicOnlyApiWouldRefuse() {
        String proposalNo = replied("关于答复函的建议");
        PageClient member = new PageClient(port).signIn("member");

        PageClient.Page pdf = member.get("/portal/proposals/" + proposalNo + "/reply.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body().getBytes(StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(member.get("/api/proposals/" + proposalNo + "/reply.pdf").status()).as("the API's chain has no session").isEqualTo(401);
        assertThat(new PageClient(port).signIn("member2").get("/portal/proposals/" + proposalNo + "/reply.pdf").status()).isEqualTo(404);
        assertThat(member.get("/portal/proposals").body()).contains(proposalNo, "/portal/proposals/" + proposalNo + "/reply.pdf",
                "市财政局（主办）", "评价答复");
    }

    @Test
    void theEvaluationFormIsOnTheProposalsPageWhenDueAndRatesTheReplyWithThreeLevels() {
        String proposalNo = replied("关于评价的建议");
        PageClient member = new PageClient(port).signIn("member");

        String page = member.get("/portal/proposals/" + proposalNo).body();
        assertThat(page).contains("已答复", "市财政局（主办）", "已纳入计划。", "答复函（PDF）", "id=\"evaluation\"",
                "value=\"SATISFIED\"", "value=\"BASICALLY_SATISFIED\"", "value=\"UNSATISFIED\"", "状态变为“已答复”", "完成“交办”",
                "交承办单位办理").doesNotContain("各承办单位均已接受交办；", "NO_RESPONSE");
        PageClient.Page missing = member.post("/portal/proposals/" + proposalNo + "/evaluation", Map.of("comment", "很好"));
        assertThat(missing.body()).contains("id=\"f-satisfaction-error\"", "很好");

        PageClient.Page rated = member.post("/portal/proposals/" + proposalNo + "/evaluation",
                Map.of("satisfaction", "BASICALLY_SATISFIED", "comment", "基本满意。"));
        assertThat(rated.status()).isEqualTo(302);
        String after = member.get(path(rated.location())).body();
        assertThat(after).contains("感谢您的评价", "基本满意").doesNotContain("id=\"evaluation\"");
        assertThat(as("member").get("/api/proposals/" + proposalNo).json().get("satisfaction").asText()).isEqualTo("BASICALLY_SATISFIED");
        assertThat(member.post("/portal/proposals/" + proposalNo + "/evaluation", Map.of("satisfaction", "SATISFIED")).status())
                .as("rated already").isEqualTo(409);
    }

    @Test
    void thePortalIsForMembers() {
        assertThat(new PageClient(port).signIn("ent-a").get("/portal/proposals").status()).isEqualTo(403);
        assertThat(new PageClient(port).get("/portal/proposals/new").status()).isEqualTo(302);
    }

    static String path(String location) {
        return java.net.URI.create(location).getRawPath();
    }

    long openInvitations(String username) {
        return as(username).get("/api/proposals/cosign-requests").json().size();
    }

    String fileJoint(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("category", "社会事业");
        body.put("type", "JOINT");
        body.put("cosigners", List.of("member2"));
        body.put("parts", Map.of("problem", "社区养老服务设施不足，老人就近养老难。", "analysis", "用地和运营经费缺少保障。",
                "suggestions", "一是规划预留用地；二是给予运营补贴。"));
        Reply filed = as("member").post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("proposalNo").asText();
    }

    /** member's individual proposal, registered, assigned to CZJ, replied: the evaluation is due. */
    String replied(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("content", CONTENT);
        body.put("category", "城乡建设");
        body.put("type", "INDIVIDUAL");
        Reply filed = as("member").post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String proposalNo = filed.json().get("proposalNo").asText();
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        complete("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD"));
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈。"));
        complete("unit-a", proposalNo, "reply", Map.of("replyClass", "B", "replyText", "已纳入计划。", "publishable", true));
        return proposalNo;
    }
}
