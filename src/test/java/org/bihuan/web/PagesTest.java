package org.bihuan.web;

import org.bihuan.support.ApiScenario;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout, the header for each role, the languages, login and logout, as a browser without script sees them. */
class PagesTest extends ApiScenario {

    private PageClient browser() {
        return new PageClient(port);
    }

    @Test
    void theSignInPageIsInChineseWhateverTheBrowserPrefersAndStyledFromTheJar() {
        var login = browser().get("/login", Map.of("Accept-Language", "en-US,en;q=0.9"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"zh-CN\"", "用户名", "密码", "登录", "name=\"_csrf\"",
                "/webjars/bootstrap/", "/css/bootstrap.min.css", "/webjars/htmx.org/", "/dist/htmx.min.js", "/js/app.js", "/css/app.css");

        assertThat(browser().get("/webjars/bootstrap/css/bootstrap.min.css").status()).isEqualTo(200);
        assertThat(browser().get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        assertThat(browser().get("/js/app.js").body()).contains("htmx:configRequest", "_csrf_header");
        assertThat(browser().get("/css/app.css").status()).isEqualTo(200);
    }

    @Test
    void englishIsChosenWithLangAndKeptInACookieUntilChineseIsChosenAgain() {
        PageClient browser = browser();
        var english = browser.get("/login?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "Username", "Password", "Sign in").doesNotContain("用户名");
        assertThat(english.header("Set-Cookie")).contains("bihuan-lang=en");

        assertThat(browser.get("/").body()).contains("Please sign in to continue.");

        assertThat(browser.get("/?lang=zh-CN").body()).contains("lang=\"zh-CN\"", "请登录后办理。");
        assertThat(browser.get("/login").body()).contains("用户名");
        assertThat(browser().get("/login?lang=fr").body()).as("a language without a bundle").contains("lang=\"zh-CN\"", "用户名");
    }

    @Test
    void theLanguageLinksKeepThePageAndItsSearch() {
        var page = browser().get("/proposals/published?q=abc&year=2026");
        assertThat(page.body()).contains("href=\"/proposals/published?q=abc&amp;year=2026&amp;lang=en\"",
                "href=\"/proposals/published?q=abc&amp;year=2026&amp;lang=zh-CN\"");
    }

    @Test
    void theStartPageInvitesAVisitorToSignInOrReadThePublishedReplies() {
        var home = browser().get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("请登录后办理", "href=\"/login\"", "href=\"/proposals/published\"", "已公开的提案答复")
                .doesNotContain("退出登录");
    }

    @Test
    void theHeaderShowsWhoIsSignedInTheirRoleAndTheLinksTheirRoleMayUse() {
        var enterprise = browser().signIn("ent-a").get("/");
        assertThat(enterprise.body()).contains("王经理（杭州甲乙科技有限公司）", "企业",
                        "href=\"/portal/complaints\"", "href=\"/portal/complaints/new\"", "我的投诉", "我要投诉", "退出登录")
                .doesNotContain("href=\"/portal/proposals\"", "href=\"/workbench", "href=\"/dashboard\"", "请登录后办理");

        var member = browser().signIn("member").get("/?lang=en");
        assertThat(member.body()).contains("CPPCC member", "href=\"/portal/proposals\"", "href=\"/portal/proposals/new\"",
                "href=\"/portal/proposals/cosign\"", "Cosign requests").doesNotContain("href=\"/portal/complaints\"", "href=\"/workbench");

        // intake's dashboard holds the complaints' figures
        assertThat(browser().signIn("intake").get("/").body()).contains("受理人员", "href=\"/workbench/tasks\"", "待办任务", "href=\"/dashboard\"")
                .doesNotContain("href=\"/portal/");
        assertThat(browser().signIn("supervisor").get("/").body()).contains("href=\"/workbench/tasks\"", "href=\"/dashboard\"", "督办看板")
                .doesNotContain("href=\"/admin\"");
        assertThat(browser().signIn("admin").get("/").body()).contains("href=\"/dashboard\"", "href=\"/admin\"", "系统管理");
    }

    @Test
    void signingOutIsAPostWithTheCsrfTokenAndEndsTheSession() {
        PageClient browser = browser().signIn("ent-a");
        assertThat(browser.get("/").body()).contains("action=\"/logout\"", "name=\"_csrf\"");

        assertThat(browser.postWithoutToken("/logout", Map.of()).status()).as("a forged logout").isEqualTo(403);
        assertThat(browser.get("/").body()).contains("退出登录");

        var out = browser.post("/logout", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).endsWith("/login?logout");
        assertThat(browser.get("/").body()).contains("请登录后办理");
    }

    @Test
    void thereIsNoRememberMe() {
        var login = browser().get("/login");
        assertThat(login.body()).doesNotContain("remember");
        PageClient browser = browser();
        browser.get("/login");
        var signedIn = browser.post("/login", Map.of("username", "ent-a", "password", "demo", "remember-me", "on"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("remember-me"));
    }
}
