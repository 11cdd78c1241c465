package org.bihuan.web;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation in a real Chromium under the pages' Content-Security-Policy: the start page and sign-in in both
 * languages, the published replies on a phone, an error page, htmx's requests with the CSRF token. Each page passes
 * the accessibility check and leaves a screenshot in target/screenshots.
 */
@RequiresChromium
class PagesInTheBrowserTest extends WebScenario {

    @Test
    void aVisitorSignsInInChineseAndLandsOnTheirPlaces() {
        open("/");
        assertThat(pageText()).contains("请登录后办理。", "公开答复");
        assertAccessible();
        screenshot("start-visitor-zh");

        open("/login");
        assertThat(pageText()).contains("用户名", "密码");
        assertAccessible();
        screenshot("login-zh");

        signInAs("ent-a");
        assertThat(pageText()).contains("王经理（杭州甲乙科技有限公司）", "企业", "我的投诉", "我要投诉", "退出登录");
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("start-enterprise-zh");
    }

    @Test
    void theSwitchShowsTheSignInAndTheStartPageInEnglish() {
        open("/login");
        click(By.linkText("English"));
        assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(pageText()).contains("Username", "Password").doesNotContain("用户名");
        assertAccessible();
        screenshot("login-en");

        signInAs("member");
        assertThat(pageText()).contains("CPPCC member", "My proposals", "New proposal", "Cosign requests", "Sign out");
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("start-member-en");
    }

    @Test
    void onAPhoneAnyoneFindsAPublishedReplyBySearching() {
        String marker = "电梯" + UUID.randomUUID().toString().substring(0, 6);
        String proposalNo = publishedReply("关于" + marker + "加装补贴的建议", "城乡建设", "经研究，已将" + marker + "加装补贴纳入年度预算。");
        onPhone();
        open("/proposals/published");
        fill("q", marker);
        click(By.cssSelector("form[role=search] button[type=submit]"));

        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), proposalNo));
        assertThat(pageText()).contains("关于" + marker + "加装补贴的建议", "郑委员", "市财政局", "正在解决或列入计划解决", "共 1 件");
        assertThat((Long) browser().executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(390L);
        assertAccessible();
        assertNoBrowserErrors();
        screenshot("published-search-phone-zh");
    }

    @Test
    void anUnknownPageShowsOurErrorPage() {
        signInAs("intake");
        open("/no-such-page");
        assertThat(pageText()).contains("页面不存在", "错误代码：404", "赵受理").doesNotContain("Whitelabel");
        assertAccessible();
        screenshot("error-404-zh");
    }

    @Test
    void anHtmxRequestCarriesTheCsrfTokenUnderTheContentSecurityPolicy() {
        signInAs("ent-a");
        Object htmxLoaded = browser().executeScript("return typeof htmx !== 'undefined' && htmx.config.includeIndicatorStyles === false"
                + " && htmx.config.allowEval === false");
        assertThat(htmxLoaded).as("htmx loaded from the jar and configured by the meta tag").isEqualTo(true);

        // signing out is a POST that Spring Security refuses without the token: through htmx it succeeds
        browser().executeScript("htmx.ajax('POST', '/logout', {target: 'main', swap: 'none'})");
        waitUntil(driver -> browser().manage().getCookieNamed("JSESSIONID") == null
                || Boolean.TRUE.equals(browser().executeScript("return document.querySelector('.htmx-request') === null")));
        open("/");
        assertThat(pageText()).contains("请登录后办理。");
        assertNoBrowserErrors();
    }
}
