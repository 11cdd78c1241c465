package org.bihuan.web.identity;

import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, the mailed links, the enterprise's page and its staff, as a browser without script sees them. */
class EnterprisePagesTest extends EnterprisePagesScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void aSignUpOnThePageMailsALinkWhosePageConfirmsTheAccountOnce() {
        Firm firm = newFirm();
        PageClient visitor = visitorOf(firm);
        PageClient.Page form = visitor.get(SignUpPages.REGISTER);
        assertThat(form.status()).isEqualTo(200);
        for (String field : new String[]{"name", "creditCode", "sizeClass", "contactName", "contactPhone", "contactEmail",
                "username", "password", "passwordRepeat", "licence"}) {
            String id = "f-" + field;
            assertThat(form.body()).as("input and label of %s", field).contains("name=\"" + field + "\"", "for=\"" + id + "\"", "id=\"" + id + "\"");
        }
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"", "小型企业", "不超过 10 MB", "data-max-bytes=\"10485760\"")
                .doesNotContain(">SMALL<");

        PageClient.Page submitted = visitor.postMultipart(SignUpPages.REGISTER, signUpFields(firm), "licence", "licence.pdf",
                "application/pdf", LICENCE_PDF);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        assertThat(submitted.location()).endsWith(SignUpPages.SENT);
        assertThat(visitor.get(SignUpPages.SENT).body()).contains("请查收邮件", firm.email());
        assertThat(new PageClient(port).signsIn(firm.username(), STRONG_PASSWORD)).as("no sign-in before the link").isFalse();

        String link = linkMailedTo(firm.email());
        assertThat(link).startsWith("/portal/register/confirm?token=");
        PageClient.Page confirmed = visitor.get(link);
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).endsWith(SignUpPages.CONFIRMED);
        assertThat(visitor.get(SignUpPages.CONFIRMED).body()).contains("账号已开通", "您的账号已可使用，请登录。", "href=\"/login\"");
        assertThat(new PageClient(port).signsIn(firm.username(), STRONG_PASSWORD)).as("signs in after the link").isTrue();

        PageClient.Page used = visitor.get(link);
        PageClient.Page unknown = visitor.get("/portal/register/confirm?token=no-such-token");
        PageClient.Page none = visitor.get("/portal/register/confirm");
        for (PageClient.Page page : new PageClient.Page[]{used, unknown, none}) {
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("此链接已失效", "链接已使用过、已过期或不存在。").doesNotContain("Whitelabel");
        }
        assertThat(visitor.get("/portal/register/confirm?token=no-such-token&lang=en").body())
                .contains("This link does not work any more");
    }

    @Test
    void aWeakPasswordIsRefusedNextToItsFieldInThePagesLanguageKeepingEverythingElseButThePasswords() {
        Firm firm = newFirm();
        PageClient visitor = visitorOf(firm);
        visitor.get(SignUpPages.REGISTER);
        Map<String, String> fields = signUpFields(firm);
        fields.put("password", "Password2024!");
        fields.put("passwordRepeat", "Password2024!");

        PageClient.Page common = visitor.postMultipart(SignUpPages.REGISTER, fields, "licence", "licence.pdf", "application/pdf", LICENCE_PDF);

        assertThat(common.status()).isEqualTo(200);
        assertThat(errorOf(common, "password")).isEqualTo("是最常见的密码之一，请另选一个");
        assertThat(common.body()).contains("value=\"" + firm.name() + "\"", "value=\"" + firm.creditCode() + "\"",
                        "value=\"" + firm.email() + "\"", "value=\"" + firm.username() + "\"", "value=\"13912345678\"",
                        "<option value=\"SMALL\" selected=\"selected\">", "请重新选择营业执照扫描件")
                .doesNotContain("Password2024!");

        visitor.get(SignUpPages.REGISTER + "?lang=en");
        fields.put("password", "x-" + firm.username() + "-2031");
        fields.put("passwordRepeat", fields.get("password"));
        PageClient.Page containsUsername = visitor.postMultipart(SignUpPages.REGISTER, fields, "licence", "licence.pdf",
                "application/pdf", LICENCE_PDF);
        assertThat(errorOf(containsUsername, "password")).isEqualTo("must not be or contain the username");

        fields.put("password", STRONG_PASSWORD);
        fields.put("passwordRepeat", STRONG_PASSWORD + "?");
        PageClient.Page differs = visitor.postMultipart(SignUpPages.REGISTER, fields, "licence", "licence.pdf",
                "application/pdf", LICENCE_PDF);
        assertThat(errorOf(differs, "passwordRepeat")).isEqualTo("does not match the password");
        assertThat(differs.body()).doesNotContain(STRONG_PASSWORD);
        assertThat(mailsTo(firm.email())).as("nothing signed up").isEmpty();
    }

    @Test
    void everyFieldTheServerRefusesShowsItsMessageNextToItAndNoFileIsRefusedToo() {
        Firm firm = newFirm();
        PageClient visitor = visitorOf(firm);
        visitor.get(SignUpPages.REGISTER);
        Map<String, String> fields = signUpFields(firm);
        fields.put("creditCode", "91330100MA2X7K1L1X");
        fields.put("contactPhone", "0571-1234");
        fields.put("sizeClass", "");
        fields.put("username", "a");

        PageClient.Page refused = visitor.postMultipart(SignUpPages.REGISTER, fields, null, null, null, null);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(errorOf(refused, "creditCode")).startsWith("不是有效的统一社会信用代码");
        assertThat(errorOf(refused, "contactPhone")).startsWith("不是有效的手机号码");
        assertThat(errorOf(refused, "sizeClass")).isNotBlank();
        assertThat(errorOf(refused, "username")).startsWith("应为 3 至 64 位");
        assertThat(errorOf(refused, "licence")).isEqualTo("文件是空的");
        assertThat(refused.body()).contains("id=\"form-errors\"", "value=\"0571-1234\"");
    }

    @Test
    void aSecondSignUpForAnExistingCodeIsToldOnTheCodeToAskThatEnterprisesAdministrator() {
        Firm first = signedUpThroughThePages();
        Firm second = newFirm();
        PageClient visitor = visitorOf(second);
        visitor.get(SignUpPages.REGISTER);
        Map<String, String> fields = signUpFields(second);
        fields.put("creditCode", first.creditCode());

        PageClient.Page refused = visitor.postMultipart(SignUpPages.REGISTER, fields, "licence", "licence.pdf", "application/pdf", LICENCE_PDF);

        assertThat(errorOf(refused, "creditCode")).isEqualTo("该企业已注册，请联系本企业账号的管理员（L**）邀请您开通账号。");
        visitor.get(SignUpPages.REGISTER + "?lang=en");
        assertThat(errorOf(visitor.postMultipart(SignUpPages.REGISTER, fields, "licence", "licence.pdf", "application/pdf", LICENCE_PDF),
                "creditCode")).isEqualTo("This enterprise is already registered: ask the administrator of its account (L**) to invite you.");
    }

    @Test
    void anInvitedColleagueChoosesUsernameAndPasswordOnThePageAndSeesTheEnterpriseButNotItsStaff() {
        Firm firm = signedUpThroughThePages();
        PageClient administrator = visitorOf(firm).signIn(firm.username(), STRONG_PASSWORD);
        PageClient.Page page = administrator.get(EnterprisePage.ENTERPRISE);
        assertThat(page.body()).contains(firm.name(), firm.creditCode(), "小型企业", "身份未核验", "本企业账号", "邀请同事",
                "for=\"f-email\"", "for=\"f-name\"", firm.username());

        String colleagueMail = "colleague-" + firm.username() + "@firm.example";
        PageClient.Page invalid = administrator.post(EnterprisePage.STAFF, Map.of("email", "not-an-address", "name", "Chen Jing"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(errorOf(invalid, "email")).isNotBlank();
        assertThat(invalid.body()).contains("value=\"not-an-address\"", "value=\"Chen Jing\"");
        PageClient.Page invited = administrator.post(EnterprisePage.STAFF, Map.of("email", colleagueMail, "name", "Chen Jing"));
        assertThat(invited.status()).isEqualTo(302);
        assertThat(administrator.get(EnterprisePage.ENTERPRISE).body()).contains("邀请已发送到 " + colleagueMail, "Chen Jing（" + colleagueMail + "）");

        String link = linkMailedTo(colleagueMail);
        assertThat(link).startsWith("/portal/invitation?token=");
        PageClient colleague = visitorOf(firm);
        PageClient.Page invitation = colleague.get(link);
        assertThat(invitation.status()).isEqualTo(200);
        assertThat(invitation.body()).contains("Chen Jing，您受邀以“" + firm.name() + "”工作人员的身份开通账号", colleagueMail,
                "for=\"f-username\"", "for=\"f-password\"", "for=\"f-passwordRepeat\"", "name=\"token\"");
        String token = link.substring(link.indexOf("token=") + 6);
        String username = firm.username() + "-chen";
        PageClient.Page weak = colleague.post(InvitationPage.INVITATION,
                Map.of("token", token, "username", username, "password", "1234567890", "passwordRepeat", "1234567890"));
        assertThat(errorOf(weak, "password")).isEqualTo("是最常见的密码之一，请另选一个");
        assertThat(weak.body()).contains("value=\"" + username + "\"");

        PageClient.Page accepted = colleague.post(InvitationPage.INVITATION,
                Map.of("token", token, "username", username, "password", "Copper-Meadow-2031", "passwordRepeat", "Copper-Meadow-2031"));
        assertThat(accepted.location()).endsWith(InvitationPage.ACCEPTED);
        assertThat(colleague.get(InvitationPage.ACCEPTED).body()).contains("您的账号已可使用，请登录。");
        assertThat(colleague.get(link).body()).as("the invitation works once").contains("此链接已失效");

        PageClient.Page seenByColleague = new PageClient(port).signIn(username, "Copper-Meadow-2031").get(EnterprisePage.ENTERPRISE);
        assertThat(seenByColleague.body()).contains(firm.name(), firm.creditCode(), "身份未核验", "请联系管理员")
                .doesNotContain("邀请同事", "name=\"email\"", "/remove", colleagueMail);
    }

    @Test
    void theAdministratorRemovesAColleagueAfterAConfirmationStepWithTheCsrfToken() {
        Firm firm = signedUpThroughThePages();
        PageClient administrator = visitorOf(firm).signIn(firm.username(), STRONG_PASSWORD);
        String colleagueMail = "leaving-" + firm.username() + "@firm.example";
        administrator.get(EnterprisePage.ENTERPRISE);
        administrator.post(EnterprisePage.STAFF, Map.of("email", colleagueMail, "name", "Zhou Lei"));
        String link = linkMailedTo(colleagueMail);
        String username = firm.username() + "-zhou";
        PageClient colleague = visitorOf(firm);
        colleague.get(link);
        assertThat(colleague.post(InvitationPage.INVITATION, Map.of("token", link.replaceAll(".*token=", ""), "username", username,
                "password", "Copper-Meadow-2031", "passwordRepeat", "Copper-Meadow-2031")).status()).isEqualTo(302);

        String removal = EnterprisePage.STAFF + "/" + username + "/remove";
        assertThat(administrator.get(EnterprisePage.ENTERPRISE).body()).contains("href=\"" + removal + "\"")
                .doesNotContain("href=\"" + EnterprisePage.STAFF + "/" + firm.username() + "/remove\"");
        PageClient.Page confirmation = administrator.get(removal);
        assertThat(confirmation.body()).contains("确定要移除 Zhou Lei（" + username + "）的账号吗？", "action=\"" + removal + "\"", "name=\"_csrf\"");
        assertThat(administrator.get(EnterprisePage.STAFF + "/" + firm.username() + "/remove").status())
                .as("the administrator's own account is not removable").isEqualTo(404);

        assertThat(administrator.postWithoutToken(removal, Map.of()).status()).as("without the CSRF token").isEqualTo(403);
        assertThat(new PageClient(port).signsIn(username, "Copper-Meadow-2031")).isTrue();
        PageClient.Page removed = administrator.post(removal, Map.of());
        assertThat(removed.status()).isEqualTo(302);
        assertThat(administrator.get(EnterprisePage.ENTERPRISE).body()).contains("账号 " + username + " 已移除", "已移除");
        assertThat(new PageClient(port).signsIn(username, "Copper-Meadow-2031")).as("the removed account").isFalse();
    }

    @Test
    void anUnverifiedEnterpriseSeesTheBannerOnEveryPageAndARefusalWithItsReason() {
        Firm firm = signedUpThroughThePages();
        PageClient administrator = visitorOf(firm).signIn(firm.username(), STRONG_PASSWORD);
        for (String path : new String[]{"/", EnterprisePage.ENTERPRISE, "/proposals/published", "/no-such-page"}) {
            assertThat(administrator.get(path).body()).as(path).contains("身份未核验：", "href=\"/portal/enterprise\"");
        }
        assertThat(administrator.get("/?lang=en").body()).contains("Identity not verified:");
        assertThat(new PageClient(port).signIn("ent-a").get("/").body()).as("a verified enterprise").doesNotContain("身份未核验");
        assertThat(new PageClient(port).signIn("member").get("/").body()).doesNotContain("身份未核验");

        Reply refused = as("intake").post("/api/identity/enterprises/" + firm.creditCode() + "/verification",
                Map.of("decision", "REFUSE", "reason", "The name on the licence differs."));
        assertThat(refused.status()).as(refused.text()).isEqualTo(200);

        PageClient.Page page = administrator.get(EnterprisePage.ENTERPRISE + "?lang=zh-CN");
        assertThat(page.body()).contains("身份核验未通过", "原因：", "The name on the licence differs.", "text-bg-danger");
        assertThat(administrator.get("/").body()).contains("身份核验未通过：");
    }

    @Test
    void theEnterprisePageInEnglishHoldsNoChineseAndIsForbiddenToOtherRoles() {
        Firm firm = signedUpThroughThePages();
        PageClient administrator = visitorOf(firm).signIn(firm.username(), STRONG_PASSWORD);
        String english = administrator.get(EnterprisePage.ENTERPRISE + "?lang=en").body();
        assertThat(english).contains("Our enterprise", "Identity not verified", "Invite a colleague", "Small");
        assertThat(HAN.matcher(english.replace(">中文<", "><")).find()).as("a Han character in %s", english).isFalse();

        PageClient.Page member = new PageClient(port).signIn("member").get(EnterprisePage.ENTERPRISE);
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.body()).contains("无权访问").doesNotContain("Whitelabel");
    }

    /** The message under a field, as the form fragment renders it. */
    private static String errorOf(PageClient.Page page, String field) {
        String id = "f-" + field.replace('.', '-') + "-error";
        int at = page.body().indexOf("id=\"" + id + "\"");
        assertThat(at).as("an error under %s in %s", field, page.body()).isPositive();
        int start = page.body().indexOf('>', at) + 1;
        return org.springframework.web.util.HtmlUtils.htmlUnescape(page.body().substring(start, page.body().indexOf("</div>", start)).strip());
    }
}
