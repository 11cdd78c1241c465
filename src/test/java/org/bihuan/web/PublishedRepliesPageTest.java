package org.bihuan.web;

import org.bihuan.casefile.CasePage;
import org.bihuan.proposal.PublishedReplies;
import org.bihuan.proposal.PublishedReply;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page of published replies: anyone finds a reply by words, year and category, a page at a time, with
 * no contact details; a search the rules refuse shows the reason next to its field and keeps what was typed.
 */
class PublishedRepliesPageTest extends WebScenario {

    @Autowired
    PublishedReplies replies;

    @Test
    void anyoneFindsAPublishedReplyByItsWordsWithoutContactDetails() {
        String marker = "标记" + UUID.randomUUID().toString().substring(0, 8);
        String proposalNo = publishedReply("关于" + marker + "的建议", "城乡建设", "已纳入年度计划。" + marker);

        PageClient.Page page = new PageClient(port).get("/proposals/published?q=" + encode(marker));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(proposalNo, "关于" + marker + "的建议", "已纳入年度计划。", "郑委员", "市财政局",
                        "正在解决或列入计划解决", "共 1 件")
                .doesNotContain("@demo.bihuan.local", "13800000008", "13800000004", ">B<");
        assertThat(new PageClient(port).get("/proposals/published?q=" + encode(marker) + "&year=2025").body()).contains("共 0 件");
        assertThat(new PageClient(port).get("/proposals/published?q=" + encode(marker) + "&year=2026&category=" + encode("城乡建设"))
                .body()).contains(proposalNo);
        assertThat(new PageClient(port).get("/proposals/published?q=" + encode(marker) + "&category=" + encode("经济")).body())
                .contains("共 0 件").doesNotContain(proposalNo);
        assertThat(new PageClient(port).get("/proposals/published?lang=en&q=" + encode(marker)).body())
                .contains("Being solved or planned", "1 found");
    }

    @Test
    void theApiReadsTheSameSearch() {
        String marker = "接口" + UUID.randomUUID().toString().substring(0, 8);
        String proposalNo = publishedReply("关于" + marker + "的建议", "经济", "答复。");
        // the API client encodes the query itself
        Reply found = anonymous().get("/api/proposals/published?q=" + marker + "&category=经济");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).singleElement().satisfies(reply -> assertThat(reply.get("proposalNo").asText()).isEqualTo(proposalNo));
        assertThat(anonymous().get("/api/proposals/published?q=" + marker + "&year=2025").json()).isEmpty();
    }

    @Test
    void repliesComeAPageAtATimeNewestNumberFirst() {
        String marker = "分页" + UUID.randomUUID().toString().substring(0, 8);
        String first = publishedReply("关于" + marker + "一的建议", "经济", "答复一。");
        String second = publishedReply("关于" + marker + "二的建议", "经济", "答复二。");

        CasePage<PublishedReply> one = replies.search(new PublishedReplies.Search(marker, null, null, 0, 1));
        CasePage<PublishedReply> two = replies.search(new PublishedReplies.Search(marker, null, null, 1, 1));

        assertThat(one.total()).isEqualTo(2);
        assertThat(one.items()).extracting(PublishedReply::proposalNo).containsExactly(second);
        assertThat(two.items()).extracting(PublishedReply::proposalNo).containsExactly(first);
        assertThat(replies.categories()).contains("经济");
        assertThat(replies.years()).contains(2026);
    }

    @Test
    void aSearchTheRulesRefuseShowsWhyNextToItsFieldAndKeepsWhatWasTyped() {
        String tooLong = "长".repeat(PublishedReplies.MAX_WORDS + 1);
        PageClient.Page chinese = new PageClient(port).get("/proposals/published?q=" + encode(tooLong));
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.body()).contains("id=\"f-q\"", "is-invalid", "aria-describedby=\"f-q-error\"",
                "id=\"f-q-error\"", "最多 100 个字", "value=\"" + tooLong + "\"", "id=\"form-errors\"", "href=\"#f-q\"");

        PageClient.Page english = new PageClient(port).get("/proposals/published?lang=en&q=" + encode(tooLong));
        assertThat(english.body()).contains("must be at most 100 characters").doesNotContain("最多 100 个字");

        PageClient.Page notAYear = new PageClient(port).get("/proposals/published?q=abc&year=20x6");
        assertThat(notAYear.status()).isEqualTo(200);
        assertThat(notAYear.body()).contains("id=\"f-year-error\"", "应为年份，例如 2026", "value=\"abc\"");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
