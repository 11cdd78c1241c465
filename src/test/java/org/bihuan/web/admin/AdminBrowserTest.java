package org.bihuan.web.admin;

import org.bihuan.identity.AccountProfile;
import org.bihuan.identity.Role;
import org.bihuan.support.RequiresChromium;
import org.bihuan.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration in a real browser: the administrator creates a unit and an official for it; the official sets a
 * password through the mailed link, signs in and has the unit's task; a CSV of three members with one bad line is
 * refused in the dry run and then imported without it; every administration page passes the accessibility check.
 * Screenshots in target/screenshots/admin-*.png.
 */
@RequiresChromium
class AdminBrowserTest extends AdminScenario {

    @TempDir
    Path files;

    @Test
    void theAdministratorCreatesAUnitAndAnOfficialWhoSetsThePasswordByMailSignsInAndHasTheUnitsTask() {
        String code = uniqueCode("W");
        String username = "official" + code.toLowerCase();
        String email = username + "@water.example";
        signInAs("admin");
        open("/admin");
        checked("admin-home");

        click(By.cssSelector("main a[href='/admin/units']"));
        click(By.cssSelector("main a[href='/admin/units/new']"));
        fill("code", code);
        fill("name", "Water Resources Bureau " + code);
        fill("kind", "HANDLING");
        fill("regionCode", "330106");
        click(By.cssSelector("input[name='respondentTypes'][value='PUBLIC_INSTITUTION']"));
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(waitFor(By.cssSelector("main .alert-success")).getText()).contains(code);
        assertThat(units.get(code).respondentTypes()).containsExactly("PUBLIC_INSTITUTION");
        checked("admin-unit");

        open("/admin/users/new");
        fill("username", username);
        fill("displayName", "Qian Shui");
        fill("email", email);
        fill("phone", "13912340000");
        click(By.cssSelector("input[name='roles'][value='UNIT']"));
        fill("unitCode", code);
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(waitFor(By.cssSelector("main .alert-success")).getText()).contains(email);
        checked("admin-user");
        AccountProfile official = accounts.get(username);
        assertThat(official.roles()).containsExactly(Role.UNIT);
        assertThat(official.unitCode()).isEqualTo(code);

        String proposalNo = proposalAssignedTo(code);

        browser().manage().deleteAllCookies();
        open(linkMailedTo(email));
        assertThat(pageText()).contains("设置密码", username);
        checked("admin-password");
        fill("password", STRONG_PASSWORD);
        fill("passwordRepeat", STRONG_PASSWORD);
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains("密码已设置");

        click(By.cssSelector("main a[href='/login']"));
        fill("username", username);
        fill("password", STRONG_PASSWORD);
        click(By.cssSelector("main form button[type=submit]"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
        assertThat(pageText()).contains("Qian Shui");
        rememberPassword(username, STRONG_PASSWORD);
        assertThat(tasksOf(username, proposalNo)).as("the unit's task in the new official's list")
                .extracting(task -> task.get("taskKey").asText()).containsExactly("signFor");
        assertNoBrowserErrors();
    }

    @Test
    void aCsvOfThreeMembersWithOneBadLineIsRefusedInTheDryRunThenImportedWithoutIt() throws IOException {
        String[] members = {uniqueCode("m").toLowerCase(), uniqueCode("m").toLowerCase(), uniqueCode("m").toLowerCase()};
        Path csv = Files.writeString(files.resolve("members.csv"), "username,displayName,email,phone,roles\n"
                + members[0] + ",Zhou Wei," + members[0] + "@cppcc.example,13911110001,MEMBER\n"
                + members[1] + ",Wu Lan,not-a-mail-address,13911110002,MEMBER\n"
                + members[2] + ",Zheng Hao," + members[2] + "@cppcc.example,,MEMBER\n", StandardCharsets.UTF_8);
        signInAs("admin");
        open("/admin/users/import");
        checked("admin-users-import");

        browser().findElement(By.name("file")).sendKeys(csv.toString());
        click(By.cssSelector("main form[enctype] button[type=submit]"));

        assertThat(waitFor(By.cssSelector("main .alert-danger")).getText()).contains("1 行存在问题", "未导入任何账号");
        assertThat(browser().findElement(By.cssSelector("main tr.table-danger")).getText())
                .contains("3", members[1], "电子邮箱：不是有效的电子邮件地址");
        for (String member : members) {
            assertThat(accounts.find(member)).as("the dry run stored nothing").isEmpty();
        }
        checked("admin-import-dry-run");

        click(By.cssSelector("main form[action='/admin/users/import/confirm'] button"));

        assertThat(waitFor(By.cssSelector("main .alert-success")).getText()).contains("已开通 2 个账号");
        assertThat(pageText()).contains(members[0], members[2], "未导入的行：3");
        checked("admin-import-result");
        assertThat(accounts.find(members[0])).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.MEMBER));
        assertThat(accounts.find(members[2])).isPresent();
        assertThat(accounts.find(members[1])).isEmpty();
        dispatcher.dispatchDue();
        assertThat(TestMailServer.bodiesSentTo(members[0] + "@cppcc.example")).singleElement().asString().contains("设置密码");
        assertNoBrowserErrors();
    }

    @Test
    void everyAdministrationPagePassesTheAccessibilityCheck() {
        jdbc.sql("""
                insert into notification (idempotency_key, recipient_username, recipient_name, channel, address, template,
                                          subject, body, status, attempts, next_attempt_at, created_at, last_error)
                values (?, 'unit-a', 'Qian', 'MAIL', 'unit-a@demo.bihuan.local', 'complaint.accepted', 'A dead letter',
                        'body', 'DEAD', 8, current_timestamp, current_timestamp, 'MailConnectException: Connection refused')""")
                .param("browser-dead-" + uniqueCode("d")).update();
        signInAs("admin");
        for (String[] page : List.of(
                new String[]{"/admin/units", "admin-units"},
                new String[]{"/admin/units/CZJ", "admin-unit-edit"},
                new String[]{"/admin/units/CZJ/merge", "admin-unit-merge"},
                new String[]{"/admin/users", "admin-users"},
                new String[]{"/admin/users/unit-a", "admin-user-edit"},
                new String[]{"/admin/users/ent-a", "admin-user-enterprise"},
                new String[]{"/admin/regions?code=330100", "admin-regions"},
                new String[]{"/admin/calendar", "admin-calendar"},
                new String[]{"/admin/calendar/2026", "admin-calendar-year"},
                new String[]{"/admin/notifications?status=DEAD", "admin-notifications"},
                new String[]{"/admin/notifications/templates", "admin-notification-templates"},
                new String[]{"/admin/notifications/preferences?username=unit-a", "admin-notification-preferences"},
                new String[]{"/admin/audit", "admin-audit"})) {
            open(page[0]);
            assertThat(browser().findElements(By.tagName("h1"))).as(page[0]).hasSize(1);
            checked(page[1]);
        }
        open("/admin/notifications?status=DEAD");
        click(By.cssSelector("main form[action$='/retry'] button"));
        assertThat(waitFor(By.cssSelector("main .alert-success")).getText()).contains("将重新发送");

        open("/admin/units?lang=en");
        assertThat(pageText()).contains("Units", "The complaint routing table", "active handling unit");
        checked("admin-units-en");
        open("/admin/calendar/2026");
        assertThat(pageText()).contains("Working days of 2026", "make-up working day");
        checked("admin-calendar-year-en");
        open("/admin?lang=zh-CN");
        assertNoBrowserErrors();
    }

    /** Accessible, nothing wider than the window, and saved. */
    private void checked(String screenshot) {
        assertAccessible();
        assertThat((Long) browser().executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the viewport").isLessThanOrEqualTo((Long) browser().executeScript("return window.innerWidth"));
        screenshot(screenshot);
    }
}
