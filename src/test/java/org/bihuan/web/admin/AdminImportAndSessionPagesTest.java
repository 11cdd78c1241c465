package org.bihuan.web.admin;

import org.bihuan.lifecycle.Ledgers;
import org.bihuan.support.ApiScenario;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's pages for CPPCC sessions and cases from the ledger, as a browser without script sees them: only
 * an administrator opens them, a rejected session names its fields in the page's language, a dry run lists each row's
 * problems in words and stores nothing.
 */
class AdminImportAndSessionPagesTest extends ApiScenario {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void onlyAnAdministratorOpensThem() {
        for (String path : List.of("/admin/import", "/admin/sessions")) {
            assertThat(new PageClient(port).signIn("intake").get(path).status()).as(path).isEqualTo(403);
            assertThat(new PageClient(port).get(path).status()).as(path).isEqualTo(302);
            assertThat(new PageClient(port).signIn("admin").get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aSessionWithDaysOutOfOrderIsRefusedNamingTheFieldsAndKeepingWhatWasTyped() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/sessions");
        long before = jdbc.sql("select count(*) from cppcc_session").query(Long.class).single();

        var refused = admin.post("/admin/sessions", form("12", "1", "2053-01-09", "2053-01-05", "2053-01-05"));
        var english = new PageClient(port).signIn("admin");
        english.get("/admin/sessions?lang=en");
        var refusedInEnglish = english.post("/admin/sessions", form("", "1", "2053-01-05", "2053-01-09", "2053-12-31"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"f-plenaryCloses-error\"", "不能早于大会提交提案开始日期", "value=\"2053-01-09\"", "value=\"12\"")
                .doesNotContain("f-term-error");
        assertThat(refusedInEnglish.body()).contains("id=\"f-term-error\"", "must not be null").doesNotContain("不能为空");
        assertThat(jdbc.sql("select count(*) from cppcc_session").query(Long.class).single()).isEqualTo(before);

        var created = admin.post("/admin/sessions", form("12", "1", "2053-01-05", "2053-01-09", "2053-12-31"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(admin.get("/admin/sessions").body()).contains("已保存：十二届一次会议", "十二届一次会议");

        // corrected on its own page, then removed: it has no proposal
        long id = jdbc.sql("select id from cppcc_session where term = 12 and meeting = 1").query(Long.class).single();
        var edit = admin.get("/admin/sessions/" + id);
        assertThat(edit.body()).contains("<h1 class=\"h3\">十二届一次会议</h1>", "本会次已有 0 件提案，编号年度为 2053。", "删除会次",
                "action=\"/admin/sessions/" + id + "\"");
        var wrong = admin.post("/admin/sessions/" + id, form("12", "1", "2053-01-05", "2053-01-09", "2053-01-09"));
        assertThat(wrong.body()).contains("id=\"f-recessEnds-error\"", "应晚于大会提交提案截止日期");
        assertThat(admin.post("/admin/sessions/" + id, form("12", "1", "2053-01-06", "2053-01-09", "2053-12-31")).status()).isEqualTo(302);
        assertThat(admin.get("/admin/sessions").body()).contains("已保存：十二届一次会议");
        assertThat(jdbc.sql("select plenary_opens from cppcc_session where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2053, 1, 6));
        assertThat(admin.post("/admin/sessions/" + id + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(admin.get("/admin/sessions").body()).contains("已删除：十二届一次会议");
        assertThat(jdbc.sql("select count(*) from cppcc_session where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aDryRunOnThePageListsEachRowsProblemsInWordsAndStoresNothing() {
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/import");
        long cases = jdbc.sql("select count(*) from case_file").query(Long.class).single();
        byte[] ledger = Ledgers.xlsx(Ledgers.COMPLAINT_HEADERS, List.of(
                Ledgers.complaint("TS2024-000701", "办理", LocalDate.of(2024, 12, 16), LocalDate.of(2026, 2, 20), "市交通局"),
                Ledgers.complaint("TS2024-000702", "归档", LocalDate.of(2024, 12, 16), LocalDate.of(2026, 2, 20), "CZJ")));

        var dryRun = admin.postMultipart("/admin/import/dry-run", Map.of("type", "COMPLAINT"), "file", "台账.xlsx", XLSX, ledger);

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body()).contains("试运行结果", "承办单位：“市交通局”不是承办单位的代码或名称。",
                "当前环节：“归档”不是可以导入的环节（受理审查、转办、签收、办理、回访）。", "只要还有问题，一件也不会导入")
                .doesNotContain("name=\"token\"");
        assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isEqualTo(cases);
        assertThat(admin.post("/admin/import", Map.of("token", "forged")).location()).endsWith("/admin/import");
    }

    @Test
    void thePagesSpeakEnglishWithLangEn() {
        PageClient admin = new PageClient(port).signIn("admin");

        assertThat(admin.get("/admin/sessions?lang=en").body()).contains("CPPCC sessions", "New session", "Term (7 for the 7th committee)");
        assertThat(admin.get("/admin/import?lang=en").body()).contains("Cases from the ledger", "Dry run (stores nothing)",
                "Complaint ledger", "Steps a case can be imported at");
    }

    private static Map<String, String> form(String term, String meeting, String opens, String closes, String recessEnds) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("term", term);
        form.put("meeting", meeting);
        form.put("plenaryOpens", opens);
        form.put("plenaryCloses", closes);
        form.put("recessEnds", recessEnds);
        return form;
    }
}
