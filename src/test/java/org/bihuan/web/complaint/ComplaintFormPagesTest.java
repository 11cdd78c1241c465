package org.bihuan.web.complaint;

import org.bihuan.support.PageClient;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint form as a browser without script uses it: each step saves the server-side draft; filing applies
 * the API's rules, and what they refuse is shown next to its field on the step that asks for it, in the page's
 * language, with every value as typed.
 */
class ComplaintFormPagesTest extends PortalScenario {

    @Test
    void theFormStartsWithWhatTheAccountKnows() {
        PageClient browser = new PageClient(port).signIn("ent-a");
        PageClient.Page first = browser.get("/portal/complaints/new");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("name=\"complainant.creditCode\"", "value=\"" + TestUsers.ENT_A_CREDIT_CODE + "\"",
                "value=\"13800000001\"", "value=\"ent-a@demo.bihuan.local\"", "for=\"f-complainant-creditCode\"", "本企业", "30 天");
    }

    @Test
    void aBadCreditCodeIsShownNextToItsFieldOnItsStepAndTheOtherValuesStay() {
        PageClient browser = new PageClient(port).signIn("ent-a");
        browser.get("/portal/complaints/new");
        Map<String, String> enterprise = enterpriseStep();
        enterprise.put("complainant.creditCode", "91330100MA2X7K1L1X");
        assertThat(browser.post("/portal/complaints/new", withStep("enterprise", enterprise)).location())
                .endsWith("/portal/complaints/new?step=respondent");
        browser.post("/portal/complaints/new", withStep("respondent", respondentStep()));
        browser.post("/portal/complaints/new", withStep("claim", claimStep()));
        browser.post("/portal/complaints/new", Map.of("step", "evidence"));
        PageClient.Page filed = browser.post("/portal/complaints/new", Map.of("step", "declaration", "inLitigation", "false", "action", "submit"));
        assertThat(filed.status()).isEqualTo(302);
        assertThat(filed.location()).as("back to the step holding the refused field").endsWith("/portal/complaints/new?step=enterprise");

        PageClient.Page chinese = browser.get("/portal/complaints/new?step=enterprise");
        assertThat(chinese.body()).contains("id=\"f-complainant-creditCode-error\"", "不是有效的统一社会信用代码",
                "aria-describedby=\"f-complainant-creditCode-error\"", "value=\"91330100MA2X7K1L1X\"", "value=\"杭州甲乙科技有限公司\"",
                "value=\"杭州市西湖区文三路 1 号\"", "href=\"#f-complainant-creditCode\"");
        assertThat(browser.get("/portal/complaints/new?step=claim").body()).as("no refusal on a step without one")
                .doesNotContain("is-invalid").contains("value=\"1234567.89\"", "value=\"HT-2024-001\"", "本企业");

        PageClient.Page english = browser.get("/portal/complaints/new?step=enterprise&lang=en");
        assertThat(english.body()).contains("is not a valid unified social credit code", "value=\"91330100MA2X7K1L1X\"")
                .doesNotContain("不是有效的统一社会信用代码");

        enterprise.put("complainant.creditCode", TestUsers.ENT_A_CREDIT_CODE);
        browser.post("/portal/complaints/new", withStep("enterprise", enterprise));
        assertThat(browser.get("/portal/complaints/new?step=enterprise").body()).as("a saved step is checked again on filing")
                .doesNotContain("f-complainant-creditCode-error");
        PageClient.Page refiled = browser.post("/portal/complaints/new", Map.of("step", "declaration", "inLitigation", "false", "action", "submit"));
        assertThat(refiled.location()).matches(".*/portal/complaints/TS\\d{4}-\\d{6}/receipt");
    }

    @Test
    void everyMissingFieldIsNamedOnItsOwnStep() {
        PageClient browser = new PageClient(port).signIn("ent-a");
        browser.get("/portal/complaints/new");
        PageClient.Page filed = browser.post("/portal/complaints/new", Map.of("step", "declaration", "action", "submit"));
        assertThat(filed.location()).endsWith("?step=enterprise");
        assertThat(browser.get("/portal/complaints/new?step=enterprise").body())
                .contains("id=\"f-complainant-name-error\"", "id=\"f-complainant-sizeClass-error\"", "被投诉方", "欠款情况");
        assertThat(browser.get("/portal/complaints/new?step=respondent").body()).contains("id=\"f-respondent-name-error\"");
        Map<String, String> claim = new LinkedHashMap<>(claimStep());
        claim.put("amountOwed", "很多");
        browser.post("/portal/complaints/new", withStep("claim", claim));
        assertThat(browser.get("/portal/complaints/new?step=declaration").body()).contains("id=\"f-inLitigation-error\"");
        browser.post("/portal/complaints/new", Map.of("step", "declaration", "action", "submit", "inLitigation", "false"));
        assertThat(browser.get("/portal/complaints/new?step=claim").body())
                .contains("id=\"f-amountOwed-error\"", "格式不正确", "value=\"很多\"");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        PageClient browser = new PageClient(port).signIn("ent-a");
        browser.get("/portal/complaints/new");
        assertThat(browser.postWithoutToken("/portal/complaints/new", withStep("enterprise", enterpriseStep())).status()).isEqualTo(403);
    }
}
