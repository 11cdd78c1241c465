package org.bihuan.web.identity;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise signs up on a phone with its licence, follows the mailed link, signs in under the "identity not
 * verified" banner, invites a colleague from its enterprise page; the colleague follows the invitation and signs in.
 * Every page passes the accessibility check, fits the phone, and in English holds no Han character outside user
 * data (which is in Latin letters here); screenshots in target/screenshots/signup-*.png.
 */
@RequiresChromium
class SignUpInTheBrowserTest extends EnterprisePagesScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path files;

    @Test
    void anEnterpriseSignsUpOnAPhoneConfirmsByMailInvitesAColleagueWhoSignsIn() throws IOException {
        Firm firm = newFirm();
        Path licence = Files.write(files.resolve("licence.pdf"), LICENCE_PDF);
        Path tooLarge = files.resolve("too-large.pdf");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024);
        }
        comingFrom(firm.clientAddress());
        onPhone();

        open(SignUpPages.REGISTER);
        assertThat(pageText()).contains("企业注册", "统一社会信用代码", "不超过 10 MB");
        checked("signup-register-phone-zh");
        inEnglish("signup-register-phone-en", "Register an enterprise", "Unified social credit code", "at most 10 MB");
        language("zh-CN");

        Map<String, String> fields = signUpFields(firm);
        fields.forEach((name, value) -> {
            if (!name.startsWith("password")) {
                fill(name, value);
            }
        });
        fill("password", "Password2024!");
        fill("passwordRepeat", "Password2024!");
        WebElement licenceInput = browser().findElement(By.name("licence"));
        licenceInput.sendKeys(tooLarge.toString());
        Object sent = browser().executeScript("""
                const form = document.querySelector('main form');
                let submitted = false;
                form.addEventListener('submit', event => submitted = !event.defaultPrevented);
                form.requestSubmit();
                return submitted;""");
        assertThat(sent).as("a file over the limit is not sent").isEqualTo(false);
        assertThat(licenceInput.getDomProperty("validationMessage")).isEqualTo("文件超过 10 MB，请选择较小的文件。");
        licenceInput.sendKeys(licence.toString());
        click(By.cssSelector("main form button[type=submit]"));

        assertThat(waitFor(By.id("f-password-error")).getText()).isEqualTo("是最常见的密码之一，请另选一个");
        assertThat(browser().findElement(By.id("f-password")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().findElement(By.name("name")).getDomProperty("value")).isEqualTo(firm.name());
        assertThat(browser().findElement(By.name("contactEmail")).getDomProperty("value")).isEqualTo(firm.email());
        assertThat(browser().findElement(By.name("sizeClass")).getDomProperty("value")).isEqualTo("SMALL");
        assertThat(browser().findElement(By.name("password")).getDomProperty("value")).isEmpty();
        assertThat(pageText()).contains("请重新选择营业执照扫描件");
        checked("signup-weak-password-phone-zh");

        fill("password", STRONG_PASSWORD);
        fill("passwordRepeat", STRONG_PASSWORD);
        browser().findElement(By.name("licence")).sendKeys(licence.toString());
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains("请查收邮件", firm.email());
        checked("signup-sent-phone-zh");
        inEnglish("signup-sent-phone-en", "Check your mail");

        open(linkMailedTo(firm.email()));
        assertThat(pageText()).contains("Your account works", "Please sign in.");
        checked("signup-confirmed-phone-en");
        language("zh-CN");
        assertThat(pageText()).contains("账号已开通", "您的账号已可使用，请登录。");

        click(By.cssSelector("main a[href='/login']"));
        signInWith(firm.username(), STRONG_PASSWORD);
        assertThat(waitFor(By.cssSelector("header .alert")).getText()).contains("身份未核验：");
        checked("signup-home-unverified-phone-zh");

        click(By.cssSelector("header .alert a"));
        assertThat(pageText()).contains(firm.name(), firm.creditCode(), "小型企业", "身份未核验", "本企业账号", "邀请同事");
        checked("signup-enterprise-phone-zh");
        fill("email", "chen@" + firm.username() + ".example");
        fill("name", "Chen Jing");
        click(By.cssSelector("main form[action='/portal/enterprise/staff'] button[type=submit]"));
        assertThat(pageText()).contains("邀请已发送到 chen@" + firm.username() + ".example", "Chen Jing");
        inEnglish("signup-enterprise-phone-en", "Our enterprise", "Identity not verified", "Invite a colleague", "Chen Jing");
        inTheOffice();
        screenshot("signup-enterprise-office-en");
        onPhone();

        browser().manage().deleteAllCookies();
        open(linkMailedTo("chen@" + firm.username() + ".example"));
        assertThat(pageText()).contains("开通同事账号", "Chen Jing，您受邀以“" + firm.name() + "”工作人员的身份开通账号");
        checked("signup-invitation-phone-zh");
        inEnglish("signup-invitation-phone-en", "Open your account", firm.name());
        String colleague = firm.username() + "-chen";
        fill("username", colleague);
        fill("password", "Copper-Meadow-2031");
        fill("passwordRepeat", "Copper-Meadow-2031");
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains("Your account works");

        click(By.cssSelector("main a[href='/login']"));
        signInWith(colleague, "Copper-Meadow-2031");
        open(EnterprisePage.ENTERPRISE);
        assertThat(pageText()).contains(firm.name(), "Identity not verified").doesNotContain("Invite a colleague");
        assertThat(browser().findElements(By.name("email"))).as("no staff management for a colleague").isEmpty();
        checked("signup-enterprise-colleague-phone-en");
        assertNoBrowserErrors();
    }

    /** Every request of the browser comes from this client address: the sign-up pages are rate-limited per address. */
    private void comingFrom(String clientAddress) {
        browser().executeCdpCommand("Network.enable", Map.of());
        browser().executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", clientAddress)));
    }

    /** Clicks the header's language link; on a phone it is in the menu behind the toggler. */
    private void language(String tag) {
        By link = By.cssSelector(".app-lang a[lang='" + tag + "']");
        WebElement toggler = browser().findElement(By.cssSelector(".navbar-toggler"));
        if (toggler.isDisplayed() && !browser().findElement(link).isDisplayed()) {
            toggler.click();
        }
        click(link);
    }

    private void signInWith(String username, String password) {
        fill("username", username);
        fill("password", password);
        click(By.cssSelector("main form button[type=submit]"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    /** Accessible, as wide as the phone at most, and saved. */
    private void checked(String screenshot) {
        assertAccessible();
        assertThat((Long) browser().executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the viewport").isLessThanOrEqualTo((Long) browser().executeScript("return window.innerWidth"));
        screenshot(screenshot);
    }

    /** Switches to English: the texts are there, and no Han character outside the user data and the switch's own "中文". */
    private void inEnglish(String screenshot, String... texts) {
        language("en");
        assertThat(pageText()).contains(texts);
        String outsideTheSwitch = (String) browser().executeScript("""
                const page = document.documentElement.cloneNode(true);
                page.querySelectorAll('.app-lang').forEach(e => e.remove());
                return document.title + '\\n' + page.querySelector('body').textContent;""");
        assertThat(HAN.matcher(outsideTheSwitch).find()).as("Han characters on the English page: %s", outsideTheSwitch).isFalse();
        checked(screenshot);
    }
}
