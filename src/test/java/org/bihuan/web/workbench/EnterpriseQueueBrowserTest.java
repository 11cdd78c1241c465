package org.bihuan.web.workbench;

import org.bihuan.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake clerk works the identity-verification queue in a real browser: a new enterprise with its licence, a
 * refusal without a reason refused next to its field, the approval and its outcome. axe on every page; in English no
 * Chinese outside the data.
 */
@RequiresChromium
class EnterpriseQueueBrowserTest extends WorkbenchScenario {

    @Test
    void aClerkComparesTheLicenceAndApprovesTheNewEnterprise() {
        SignedUp firm = signedUpEnterprise();
        signInAs("intake");

        open(EnterpriseQueuePages.QUEUE);
        waitFor(By.cssSelector("tr[data-credit-code='" + firm.creditCode() + "']"));
        checkPage("workbench-enterprises");
        assertNoChineseInEnglish();
        click(By.linkText(firm.name()));

        assertThat(pageText()).contains(firm.creditCode(), "licence.pdf", "Lin Mei", "身份未核验");
        assertThat(browser().findElement(By.id("licence-view")).getAttribute("href")).endsWith("/workbench/enterprises/" + firm.creditCode() + "/licence");
        assertNoChineseInEnglish();
        click(By.id("f-decision-REFUSE"));
        click(By.cssSelector("#decision-form button[type=submit]"));
        assertThat(waitFor(By.id("f-reason-error")).getText()).contains("不予通过时必须填写理由");
        assertThat(browser().findElement(By.id("f-decision-REFUSE")).isSelected()).isTrue();
        checkPage("workbench-enterprise-refused");

        click(By.id("f-decision-APPROVE"));
        click(By.cssSelector("#decision-form button[type=submit]"));
        assertThat(waitFor(By.id("decision-outcome")).getText()).contains("已通过");
        assertThat(browser().findElement(By.id("verification-status")).getText()).isEqualTo("身份已核验");
        checkPage("workbench-enterprise");
        assertThat(verification(firm.creditCode()).get("status").asText()).isEqualTo("VERIFIED");
        assertNoBrowserErrors();
    }
}
