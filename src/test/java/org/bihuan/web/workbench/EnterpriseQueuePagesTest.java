package org.bihuan.web.workbench;

import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity-verification queue as the server renders it: a new enterprise with its licence (shown in the browser,
 * downloaded), a refusal without reason refused next to its field, the decision's outcome, and no queue for a unit
 * official.
 */
class EnterpriseQueuePagesTest extends WorkbenchScenario {

    @Test
    void intakeSeesANewEnterpriseWithItsLicenceAndApprovesIt() {
        SignedUp firm = signedUpEnterprise();
        PageClient intake = new PageClient(port).signIn("intake");

        PageClient.Page queue = intake.get(EnterpriseQueuePages.QUEUE);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(firm.name(), firm.creditCode(), "licence.pdf", "身份未核验",
                "href=\"/workbench/enterprises/" + firm.creditCode() + "\"");

        PageClient.Page entry = intake.get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode());
        assertThat(entry.body()).contains(firm.name(), "Lin Mei", "13912345678", firm.email(),
                "href=\"/workbench/enterprises/" + firm.creditCode() + "/licence\"",
                "href=\"/workbench/enterprises/" + firm.creditCode() + "/licence?download=true\"", "name=\"decision\"", "value=\"REFUSE\"");
        PageClient.Page inline = intake.get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/licence");
        assertThat(inline.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(inline.header("Content-Disposition")).startsWith("inline");
        assertThat(inline.body()).startsWith("%PDF");
        assertThat(intake.get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/licence?download=true").header("Content-Disposition"))
                .startsWith("attachment");

        PageClient.Page noReason = intake.post(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/verification",
                Map.of("decision", "REFUSE", "reason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("id=\"f-reason-error\"", "不予通过时必须填写理由", "value=\"REFUSE\" checked=\"checked\"");
        PageClient.Page noDecision = intake.post(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/verification",
                Map.of("reason", "执照清晰"));
        assertThat(noDecision.body()).contains("id=\"f-decision-error\"", "请选择营业执照是否一致", "执照清晰");
        assertThat(verification(firm.creditCode()).get("status").asText()).as("nothing decided yet").isEqualTo("UNVERIFIED");

        PageClient.Page approved = intake.post(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/verification",
                Map.of("decision", "APPROVE", "reason", ""));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(approved.location()).endsWith("/workbench/enterprises/" + firm.creditCode() + "?decided");
        assertThat(intake.get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "?decided").body())
                .contains("id=\"decision-outcome\"", "已通过", "身份已核验", "intake");
        assertThat(verification(firm.creditCode()).get("status").asText()).isEqualTo("VERIFIED");
        assertThat(intake.get(EnterpriseQueuePages.QUEUE).body()).doesNotContain(firm.creditCode());
        assertThat(intake.get(EnterpriseQueuePages.QUEUE + "?status=VERIFIED").body()).contains(firm.creditCode());
    }

    @Test
    void aRefusalTellsItsReasonAndTheQueueIsNotAUnitOfficials() {
        SignedUp firm = signedUpEnterprise();
        PageClient supervisor = new PageClient(port).signIn("supervisor");
        supervisor.get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode());

        PageClient.Page refused = supervisor.post(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/verification",
                Map.of("decision", "REFUSE", "reason", "执照上的名称与注册名称不一致。"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(supervisor.get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "?decided").body())
                .contains("未通过", "执照上的名称与注册名称不一致。", "身份核验未通过");
        assertThat(new PageClient(port).signIn("unit-a").get(EnterpriseQueuePages.QUEUE).status()).isEqualTo(403);
        assertThat(new PageClient(port).signIn("committee").get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode()).status()).isEqualTo(403);
        assertThat(new PageClient(port).signIn("unit-a").get(EnterpriseQueuePages.QUEUE + "/" + firm.creditCode() + "/licence").status())
                .isEqualTo(403);
    }
}
