package org.bihuan.web;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member portal in a real Chromium: a member files a joint proposal on a phone, choosing the cosigner by name;
 * the cosigner confirms in the portal; once the committee and the unit have done their part (through the API) the
 * member sees the reply and its letter and rates it; the published page finds it by its words. Every page passes the
 * axe check, and in English shows no Chinese character outside what people typed.
 */
@RequiresChromium
class MemberPortalBrowserTest extends WebScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void aJointProposalFiledOnAPhoneIsCosignedRepliedRatedAndFoundAmongThePublishedReplies() {
        String marker = "电梯" + UUID.randomUUID().toString().substring(0, 6);
        String title = "关于" + marker + "加装的建议";
        onPhone();

        // the member files it, choosing 冯委员 by name
        signInAs("member");
        open("/portal/proposals/new");
        fill("title", title);
        fill("category", "城乡建设");
        fill("type", "JOINT");
        fill("parts.problem", "老旧小区没有电梯，老人上下楼困难。" + marker);
        fill("parts.analysis", "费用分摊和低层住户意见难以协调。");
        fill("parts.suggestions", "一是设立专项补贴；二是建立协商机制。");
        fill("q", "冯");
        click(By.xpath("//div[@id='member-results']//button[contains(., 'member2')]"));
        waitFor(By.cssSelector("#chosen-cosigners input[name='cosigners'][value='member2']"));
        assertPage("member-form");
        click(By.cssSelector("button[type='submit'][form='proposal-form']:not([formaction])"));
        String proposalNo = waitFor(By.cssSelector(".receipt-number")).getText();
        assertThat(pageText()).contains("提案已提交", "联名确认中");
        assertPage("member-receipt");
        List<String> memberPages = List.of("/portal/proposals/new", "/portal/proposals/" + proposalNo + "/receipt");
        assertEnglish(memberPages, title, marker);

        // 冯委员 sees the invitation counted in the header and confirms on the proposal's page
        signInAgainAs("member2");
        open("/portal/proposals/cosign");
        assertThat(pageText()).contains(title, "郑委员");
        assertPage("member-cosign-requests");
        open("/portal/proposals/cosign/" + proposalNo);
        assertThat(pageText()).contains("老旧小区没有电梯", "存在的问题");
        assertPage("member-cosign");
        assertEnglish(List.of("/portal/proposals/cosign", "/portal/proposals/cosign/" + proposalNo), title, marker);
        click(By.id("f-decision-CONFIRM"));
        click(By.cssSelector("main form button[type='submit']"));
        assertThat(pageText()).contains("您已同意联名第 " + proposalNo + " 号提案");

        // the committee registers and assigns, 财政局 replies
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        complete("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD"));
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈。"));
        complete("unit-a", proposalNo, "reply", Map.of("replyClass", "B", "replyText", "已将加装电梯补贴列入年度计划。" + marker,
                "publishable", true));

        // the member sees the reply and its letter, and rates it
        signInAgainAs("member");
        open("/portal/proposals");
        assertThat(pageText()).contains(title, "已答复", "市财政局（主办）", "答复函（PDF）", "评价答复");
        assertPage("member-list");
        open("/portal/proposals/" + proposalNo);
        assertThat(pageText()).contains("已将加装电梯补贴列入年度计划。", "冯委员", "已确认", "状态变为“已答复”");
        assertThat(browser().findElement(By.linkText("答复函（PDF）")).getAttribute("href"))
                .endsWith("/portal/proposals/" + proposalNo + "/reply.pdf");
        assertPage("member-proposal");
        assertEnglish(List.of("/portal/proposals", "/portal/proposals/" + proposalNo), title, marker);
        click(By.id("f-satisfaction-SATISFIED"));
        click(By.cssSelector("#evaluation form button[type='submit']"));
        assertThat(pageText()).contains("感谢您的评价", "满意");
        assertPage("member-rated");

        // the published page finds it by its words
        open("/proposals/published?q=" + marker);
        assertThat(pageText()).contains(proposalNo, title, "郑委员");
        assertPage("member-published");
        assertNoErrorsButTheMissingFavicon();
    }

    /**
     * {@link #assertNoBrowserErrors()} but for the favicon, which the application does not have yet (the browser asks
     * for it by itself; it is not a page's doing).
     */
    private void assertNoErrorsButTheMissingFavicon() {
        List<String> errors = browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.contains("/favicon.ico")).toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    /** The page passes the axe check and is saved as a screenshot. */
    private void assertPage(String name) {
        assertAccessible();
        screenshot(name);
    }

    /** Each page in English shows no Chinese character but in what people typed and named, then Chinese again on the last one. */
    private void assertEnglish(List<String> paths, String title, String marker) {
        for (String path : paths) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=en");
            String text = pageText();
            for (String userData : otherUserData()) {
                text = text.replace(userData, "");
            }
            for (String userData : List.of(title, marker, "城乡建设", "郑委员", "冯委员", "市财政局", "老旧小区没有电梯，老人上下楼困难。",
                    "费用分摊和低层住户意见难以协调。", "一是设立专项补贴；二是建立协商机制。", "已将加装电梯补贴列入年度计划。",
                    // the language switch names Chinese in Chinese on purpose
                    "中文")) {
                text = text.replace(userData, "");
            }
            assertThat(HAN.matcher(text).find()).as("Chinese outside user data on %s in English: %s", path, text).isFalse();
        }
        String last = paths.get(paths.size() - 1);
        open(last + (last.contains("?") ? "&" : "?") + "lang=zh-CN");
    }

    /**
     * What people typed and named in the member's other proposals (the suite's other tests file some): titles,
     * categories, unit names, sorted longest first so that a name inside a title goes with the title.
     */
    private List<String> otherUserData() {
        List<String> data = new java.util.ArrayList<>();
        Reply mine = as("member").get("/api/proposals?size=" + org.bihuan.casefile.CaseListQuery.MAX_PAGE_SIZE);
        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        mine.json().get("items").forEach(p -> {
            data.add(p.get("title").asText());
            data.add(p.get("category").asText());
            p.get("units").forEach(u -> data.add(u.get("name").asText()));
        });
        // official documents are numbered and addressed in Chinese (提复〔2026〕1号, 郑委员): data, not page words
        data.addAll(jdbc.sql("select document_no from official_document union select addressee_name from official_document")
                .query(String.class).list());
        data.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return data;
    }

    private void signInAgainAs(String username) {
        browser().manage().deleteAllCookies();
        signInAs(username);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }
}
