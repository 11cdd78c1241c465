package org.bihuan.web.admin;

import org.bihuan.identity.UnitProfile;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration as a browser without script uses it: only administrators get in (everyone else gets the 403
 * page), every page answers, and a bad form answers 400 naming the field, with nothing stored and nothing audited.
 */
class AdminPagesTest extends AdminScenario {

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    static final List<String> PAGES = List.of("/admin", "/admin/units", "/admin/units/new", "/admin/units/CZJ",
            "/admin/units/CZJ/merge", "/admin/users", "/admin/users/new", "/admin/users/unit-a", "/admin/users/import",
            "/admin/regions", "/admin/regions?code=330100", "/admin/calendar", "/admin/calendar/2026", "/admin/notifications",
            "/admin/notifications?status=DEAD", "/admin/notifications/templates", "/admin/notifications/preferences",
            "/admin/notifications/preferences?username=unit-a", "/admin/audit");

    @Test
    void nonAdministratorsGetThe403PageOnEveryAdministrationPageAndVisitorsAreAskedToSignIn() {
        for (String official : List.of("intake", "unit-a", "supervisor", "committee", "leader", "ent-a", "member")) {
            PageClient browser = new PageClient(port).signIn(official);
            for (String path : List.of("/admin", "/admin/units", "/admin/users", "/admin/audit", "/admin/calendar",
                    "/admin/import", "/admin/sessions")) {
                PageClient.Page refused = browser.get(path);
                assertThat(refused.status()).as("%s opens %s", official, path).isEqualTo(403);
                assertThat(refused.body()).as("%s opens %s", official, path).contains("无权访问").doesNotContain("Whitelabel");
            }
            assertThat(browser.post("/admin/units", Map.of("code", "HACK", "name", "x", "kind", "HANDLING", "regionCode", "330100"))
                    .status()).isEqualTo(403);
        }
        assertThat(units.find("HACK")).isEmpty();
        assertThat(new PageClient(port).get("/admin/units").status()).as("a visitor").isEqualTo(302);
    }

    @Test
    void everyAdministrationPageAnswersAnAdministratorInBothLanguages() {
        PageClient admin = new PageClient(port).signIn("admin");
        for (String path : PAGES) {
            PageClient.Page page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("系统管理栏目");
        }
        PageClient.Page english = admin.get("/admin?lang=en");
        assertThat(english.body()).contains("Administration", "Units", "Camunda Admin", "href=\"/camunda/app/admin/\"",
                "href=\"/admin/import\"", "href=\"/admin/sessions\"");
    }

    @Test
    void aUnitWithBadInputIsRefusedNamingEachFieldAndNothingIsStoredOrAudited() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/units/new");
        long audited = auditEntries();

        PageClient.Page refused = admin.post("/admin/units", Map.of("code", "bad code", "name", " ", "kind", "NOPE",
                "regionCode", "999999", "respondentTypes", "GOVERNMENT_BODY"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-code-error\"", "id=\"f-name-error\"", "id=\"f-kind-error\"",
                "id=\"f-regionCode-error\"", "应为 2 至 32 位大写字母或数字", "不是已导入的行政区划", "value=\"bad code\"");
        assertThat(jdbc.sql("select count(*) from unit where code = 'bad code'").query(Long.class).single()).isZero();
        assertThat(auditEntries()).isEqualTo(audited);

        PageClient.Page taken = admin.post("/admin/units", Map.of("code", "CZJ", "name", "Another finance bureau",
                "kind", "HANDLING", "regionCode", "330100"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("id=\"f-code-error\"", "已被使用");
    }

    @Test
    void aUnitIsCreatedEditedDeactivatedAndAnUnusedOneDeletedEachOnTheAuditList() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/units/new");
        String code = uniqueCode("P");

        PageClient.Page created = admin.post("/admin/units", Map.of("code", code, "name", "Port Authority",
                "kind", "HANDLING", "regionCode", "330106", "respondentTypes", "LARGE_ENTERPRISE", "regions", "330106"));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(created.location()).endsWith("/admin/units/" + code);
        assertThat(admin.get("/admin/units/" + code).body()).contains("Port Authority", "大型企业", "县级");
        UnitProfile unit = units.get(code);
        assertThat(unit.respondentTypes()).containsExactly("LARGE_ENTERPRISE");
        assertThat(unit.regions()).containsExactly("330106");

        admin.post("/admin/units/" + code, Map.of("name", "Port Authority of Xihu", "kind", "HANDLING", "regionCode", "330106"));
        assertThat(units.get(code).name()).isEqualTo("Port Authority of Xihu");
        assertThat(units.get(code).respondentTypes()).as("no box ticked: any type").isEmpty();

        admin.post("/admin/units/" + code + "/deactivate", Map.of());
        assertThat(units.get(code).active()).isFalse();
        assertThat(as("intake").get("/api/units").json()).extracting(u -> u.get("code").asText()).doesNotContain(code);

        admin.post("/admin/units/" + code + "/delete", Map.of());
        assertThat(units.find(code)).as("never used: deleted").isEmpty();
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'unit' and subject_id = ? order by id")
                .param(code).query(String.class).list())
                .containsExactly("unit.created", "unit.updated", "unit.deactivated", "unit.deleted");
        assertThat(jdbc.sql("select actor from audit_entry where subject_id = ?").param(code).query(String.class).list())
                .containsOnly("admin");
    }

    @Test
    void aUnitInUseIsNotDeletedButMayBeDeactivated() {
        PageClient admin = new PageClient(port).signIn("admin");
        UnitProfile unit = handlingUnit("Harbour Office");
        account("UNIT", unit.code());
        admin.get("/admin/units/" + unit.code());

        PageClient.Page refused = admin.post("/admin/units/" + unit.code() + "/delete", Map.of());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(units.find(unit.code())).isPresent();
        assertThat(admin.get(path(refused.location())).body()).contains("正在使用");
    }

    @Test
    void anAccountWithBadInputIsRefusedNamingEachFieldAndNothingIsStored() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/users/new");
        String username = uniqueCode("bad").toLowerCase();

        PageClient.Page refused = admin.post("/admin/users", Map.of("username", username, "displayName", "",
                "email", "not-an-address", "phone", "12345", "roles", "UNIT"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-displayName-error\"", "id=\"f-email-error\"", "id=\"f-phone-error\"",
                "id=\"f-unitCode-error\"", "不是有效的电子邮件地址", "承办单位人员必须属于一个单位", "value=\"" + username + "\"");
        assertThat(accounts.find(username)).isEmpty();

        PageClient.Page noRole = admin.post("/admin/users", Map.of("username", username, "displayName", "Wu Ming",
                "email", username + "@office.example"));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.body()).contains("id=\"f-roles-error\"", "至少选择一个角色");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void theLastAdministratorCannotBeDeactivatedNorDeactivateThemselves() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/users/admin");

        PageClient.Page self = admin.post("/admin/users/admin/deactivate", Map.of());

        assertThat(admin.get(path(self.location())).body()).contains("不能停用自己的账号");
        assertThat(accounts.get("admin").active()).isTrue();
    }

    @Test
    void aBadCalendarFileIsRefusedNamingTheFileAndChangesNothing() throws Exception {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/calendar");
        String bad = "year: 2031\nsource: x\nholidays: [{name: New Year, from: 2031-01-01}]\n";

        PageClient.Page refused = admin.postMultipart("/admin/calendar/upload", Map.of(), "file", "2031.yaml",
                "application/yaml", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-file-error\"", "&#39;to&#39; of holiday New Year is missing");
        assertThat(Files.exists(Path.of("target/test-calendar/2031.yaml"))).isFalse();

        PageClient.Page misnamed = admin.postMultipart("/admin/calendar/upload", Map.of(), "file", "next-year.yaml",
                "application/yaml", "year: 2031".getBytes(StandardCharsets.UTF_8));
        assertThat(misnamed.status()).isEqualTo(400);
        assertThat(misnamed.body()).contains("id=\"f-file-error\"", "文件名应为");
    }

    @Test
    void badAuditFiltersAndPreferencesWithoutAChannelAreRefusedNamingTheField() {
        PageClient admin = new PageClient(port).signIn("admin");
        PageClient.Page badDate = admin.get("/admin/audit?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("id=\"f-from-error\"");
        PageClient.Page backwards = admin.get("/admin/audit?from=2026-03-05&to=2026-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("id=\"f-to-error\"", "不能早于开始日期");

        admin.get("/admin/notifications/preferences?username=unit-b");
        PageClient.Page silent = admin.post("/admin/notifications/preferences/unit-b", Map.of("quietNights", "true"));
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.body()).contains("id=\"f-mail-error\"", "至少选择一种通知方式");
        assertThat(jdbc.sql("select count(*) from notification_preference where username = 'unit-b'").query(Long.class).single()).isZero();
    }

    @Test
    void aGoodYearFileIsStoredLoadedAtOnceShownWithItsHolidaysAndAudited() throws Exception {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/calendar");
        String year = "year: 2029\nsource: Notice of 2029\nholidays:\n  - {name: New Year, from: 2029-01-01, to: 2029-01-01}\n"
                + "workdays:\n  - 2029-01-06\n";
        Path stored = Path.of("target/test-calendar/2029.yaml");
        try {
            PageClient.Page uploaded = admin.postMultipart("/admin/calendar/upload", Map.of(), "file", "2029.yaml",
                    "application/yaml", year.getBytes(StandardCharsets.UTF_8));

            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
            assertThat(Files.readString(stored)).isEqualTo(year);
            assertThat(admin.get(path(uploaded.location())).body()).contains("2029 年工作日历", "Notice of 2029",
                    "cal-HOLIDAY", "New Year", "cal-MAKEUP_WORKDAY");
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar.uploaded' and subject_id = '2029'")
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            Files.deleteIfExists(stored);
            admin.post("/admin/calendar/reload", Map.of());
        }
        assertThat(admin.get("/admin/calendar").body()).doesNotContain("Notice of 2029");
    }

    @Test
    void fromNovemberEveryPageOfAnAdministratorWarnsThatNextYearsCalendarIsMissing() {
        org.bihuan.support.EngineClock.set(at(2026, 11, 2, 9, 0));
        assertThat(new PageClient(port).signIn("admin").get("/").body()).contains("尚未导入 2027 年的节假日安排",
                "href=\"/admin/calendar\"");
        assertThat(new PageClient(port).signIn("intake").get("/").body()).doesNotContain("尚未导入 2027 年");
        org.bihuan.support.EngineClock.set(at(2026, 10, 30, 9, 0));
        assertThat(new PageClient(port).signIn("admin").get("/").body()).doesNotContain("尚未导入 2027 年");
    }

    @Test
    void aPasswordResetStopsTheOldPasswordAndTheMailedLinkSetsANewOne() {
        org.bihuan.identity.AccountProfile official = account("UNIT", "GZW");
        PageClient owner = new PageClient(port);
        String first = linkMailedTo(official.email());
        owner.get(first);
        assertThat(owner.post("/account/password", Map.of("token", token(first), "password", STRONG_PASSWORD,
                "passwordRepeat", STRONG_PASSWORD)).status()).isEqualTo(302);
        assertThat(new PageClient(port).signsIn(official.username(), STRONG_PASSWORD)).isTrue();
        assertThat(owner.get(first).body()).as("a link works once").contains("链接已失效", "联系系统管理员");

        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/users/" + official.username());
        PageClient.Page reset = admin.post("/admin/users/" + official.username() + "/reset-password", Map.of());
        assertThat(admin.get(path(reset.location())).body()).contains("原密码已失效", official.email());

        assertThat(new PageClient(port).signsIn(official.username(), STRONG_PASSWORD)).as("the old password").isFalse();
        String second = linkMailedTo(official.email());
        PageClient again = new PageClient(port);
        again.get(second);
        PageClient.Page weak = again.post("/account/password", Map.of("token", token(second), "password", "password123",
                "passwordRepeat", "password123"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"f-password-error\"", "是最常见的密码之一");
        assertThat(again.post("/account/password", Map.of("token", token(second), "password", "Silver-Meadow-58",
                "passwordRepeat", "Silver-Meadow-58")).status()).isEqualTo(302);
        assertThat(new PageClient(port).signsIn(official.username(), "Silver-Meadow-58")).isTrue();
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? order by id").param(official.username())
                .query(String.class).list()).containsExactly("user.created", "user.passwordSet", "user.passwordReset", "user.passwordSet");
    }

    @Test
    void theAuditListIsFilteredByPersonActionKindAndDays() {
        PageClient admin = new PageClient(port).signIn("admin");
        UnitProfile unit = handlingUnit("Audited Office");
        admin.get("/admin/units/" + unit.code());
        admin.post("/admin/units/" + unit.code() + "/deactivate", Map.of());

        PageClient.Page byAdmin = admin.get("/admin/audit?actor=admin&action=unit.deactivated&subjectType=unit&subjectId="
                + unit.code() + "&from=2026-03-02&to=2026-03-02");
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.body()).contains("共 1 条", "停用单位", unit.code(), "&quot;active&quot; : false");
        assertThat(admin.get("/admin/audit?subjectId=" + unit.code() + "&from=2026-03-03").body()).contains("共 0 条");
        assertThat(admin.get("/admin/audit?actor=system&subjectId=" + unit.code()).body()).contains("共 1 条", "新建单位");
    }

    @Test
    void anAccountReachesCamundasIdentityAtOnceWithItsGroupsAndLeavesItWhenDeactivated() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/users/new");
        String username = uniqueCode("cam").toLowerCase();

        admin.post("/admin/users", Map.of("username", username, "displayName", "Camunda Check", "email", username + "@office.example",
                "roles", "UNIT", "unitCode", "GXJ", "unitHead", "true"));

        assertThat(identityService.createUserQuery().userId(username).count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupMember(username).list())
                .extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactlyInAnyOrder("unit", "GXJ");
        assertThat(units.get("GXJ").heads()).contains(username);

        admin.post("/admin/users/" + username, Map.of("displayName", "Camunda Check", "email", username + "@office.example",
                "roles", "SUPERVISOR", "unitCode", "DCS"));
        assertThat(identityService.createGroupQuery().groupMember(username).list())
                .extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactlyInAnyOrder("supervisor", "DCS");

        admin.post("/admin/users/" + username + "/deactivate", Map.of());
        assertThat(identityService.createUserQuery().userId(username).count()).isZero();
        assertThat(accounts.get(username).active()).isFalse();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** A redirect's location without scheme, host and port. */
    static String path(String location) {
        return java.net.URI.create(location).getRawPath() + (java.net.URI.create(location).getRawQuery() == null ? ""
                : "?" + java.net.URI.create(location).getRawQuery());
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
