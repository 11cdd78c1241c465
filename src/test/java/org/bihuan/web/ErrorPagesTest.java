package org.bihuan.web;

import org.bihuan.support.ApiScenario;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 403, 404, 500 and the other errors of pages are our own page in the layout and the page's language, never a
 * stack trace or the Whitelabel page; the API's errors stay problem details.
 */
class ErrorPagesTest extends ApiScenario {

    @Test
    void anUnknownPageAnswers404WithOurPageInChineseOrEnglish() {
        PageClient browser = new PageClient(port).signIn("ent-a");
        PageClient.Page chinese = browser.get("/no-such-page");
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.header("Content-Type")).startsWith("text/html");
        assertThat(chinese.body()).contains("页面不存在", "错误代码：404", "href=\"/\"", "<main id=\"main\"")
                .doesNotContain("Whitelabel", "Exception");

        PageClient.Page english = browser.get("/no-such-page?lang=en");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found", "Error code: 404").doesNotContain("页面不存在");
        assertThat(browser.get("/also-not-here").body()).as("the language is kept").contains("Page not found");

        PageClient visitor = new PageClient(port);
        assertThat(visitor.get("/no-such-page").status()).as("a visitor is asked to sign in first").isEqualTo(302);
        PageClient.Page publicMissing = visitor.get("/proposals/published/no-such-page");
        assertThat(publicMissing.status()).isEqualTo(404);
        assertThat(publicMissing.body()).contains("页面不存在").doesNotContain("退出登录");
    }

    @Test
    void aPageTheRoleMayNotOpenAnswers403WithOurPageAndTheHeaderOfWhoIsSignedIn() {
        PageClient member = new PageClient(port).signIn("member");
        PageClient.Page forbidden = member.get("/camunda/app/tasklist/default/");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问", "郑委员", "退出登录").doesNotContain("Whitelabel");
    }

    @Test
    void aFailingPageAnswers500WithOurPageAndNoTraceOfTheFailure() {
        PageClient.Page failed = new PageClient(port).signIn("ent-a").get(FailingPageForTests.PATH);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).contains("系统出错了", "王经理（杭州甲乙科技有限公司）")
                .doesNotContain(FailingPageForTests.SECRET, "IllegalStateException", "at org.bihuan", "Whitelabel");
    }

    @Test
    void anotherErrorOfAPageShowsTheGenericPage() {
        PageClient.Page refused = new PageClient(port).postWithoutToken("/proposals/published", java.util.Map.of());
        assertThat(refused.status()).as("a POST without CSRF token").isEqualTo(403);
        PageClient.Page gone = new PageClient(port).signIn("ent-a").get(FailingPageForTests.PATH + "?status=410");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("请求未能完成", "错误代码：410").doesNotContain("Whitelabel");
    }

    @Test
    void theApisErrorsStayProblemDetails() {
        Reply missing = as("ent-a").get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(missing.json().get("instance").asText()).isEqualTo("/api/no-such-thing");
        assertThat(missing.text()).doesNotContain("signedIn", "formErrors");

        PageClient browser = new PageClient(port);
        PageClient.Page asBrowser = browser.get("/api/no-such-thing");
        assertThat(asBrowser.header("Content-Type")).as("even for a browser").startsWith("application/problem+json");
    }
}
