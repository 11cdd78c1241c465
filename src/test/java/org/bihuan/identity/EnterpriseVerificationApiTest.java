package org.bihuan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An intake clerk checks the licence of a new enterprise; the mark on its complaints follows the decision. */
class EnterpriseVerificationApiTest extends EnterpriseAccountScenario {

    @Test
    void aNewEnterpriseWaitsInTheIntakeQueueWithItsLicence() {
        Firm firm = signedUpAndConfirmed();

        JsonNode entry = queueEntry("intake", firm.creditCode());
        Reply licence = as("intake").get("/api/identity/enterprises/" + firm.creditCode() + "/licence");

        assertThat(entry).as("in the queue").isNotNull();
        assertThat(entry.get("name").asText()).isEqualTo(firm.name());
        assertThat(entry.at("/administrator/email").asText()).isEqualTo(firm.email());
        assertThat(entry.at("/licence/contentType").asText()).isEqualTo("application/pdf");
        assertThat(licence.status()).isEqualTo(200);
        assertThat(licence.contentType()).isEqualTo("application/pdf");
        assertThat(licence.body()).isEqualTo(LICENCE_PDF);
        assertThat(queueEntry("supervisor", firm.creditCode())).isNotNull();
    }

    @Test
    void anApprovalIsAuditedMailedAndLiftsTheMarkFromTheEnterprisesComplaints() {
        Firm firm = signedUpAndConfirmed();
        String caseNo = fileComplaintAs(firm.username(), firm);

        Reply approved = as("intake").post("/api/identity/enterprises/" + firm.creditCode() + "/verification",
                Map.of("decision", "APPROVE"));

        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().at("/verification/status").asText()).isEqualTo("VERIFIED");
        assertThat(approved.json().at("/decisions/0/decidedBy").asText()).isEqualTo("intake");
        assertThat(approved.json().at("/decisions/0/decidedAt").asText()).isNotBlank();
        assertThat(as("intake").get("/api/complaints/" + caseNo).json().get("complainantVerified").asBoolean()).isTrue();
        assertThat(queueEntry("intake", firm.creditCode())).as("no longer waiting").isNull();
        assertThat(mailsTo(firm.email())).anySatisfy(mail -> assertThat(mail).contains(firm.name(), "已核验"));
    }

    @Test
    void aRefusalNeedsAReasonWhichTheEnterpriseAndTheOfficialsRead() {
        Firm firm = signedUpAndConfirmed();
        String caseNo = fileComplaintAs(firm.username(), firm);
        String path = "/api/identity/enterprises/" + firm.creditCode() + "/verification";

        Reply withoutReason = as("intake").post(path, Map.of("decision", "REFUSE"));
        Reply refused = as("intake").post(path, Map.of("decision", "REFUSE", "reason", "营业执照上的名称与填写的企业名称不一致。"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.errorFields()).containsExactly("reason");
        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        JsonNode seenByIntake = as("intake").get("/api/complaints/" + caseNo).json();
        assertThat(seenByIntake.get("complainantVerified").asBoolean()).isFalse();
        assertThat(seenByIntake.get("complainantVerification").asText()).isEqualTo("REFUSED");
        assertThat(seenByIntake.get("complainantVerificationReason").asText()).contains("名称不一致");
        JsonNode own = as(firm.username(), STRONG_PASSWORD).get("/api/portal/enterprise").json();
        assertThat(own.get("verification").asText()).isEqualTo("REFUSED");
        assertThat(own.get("verificationReason").asText()).contains("名称不一致");
        assertThat(as(firm.username(), STRONG_PASSWORD).get("/api/me").status()).as("the account still works").isEqualTo(200);
        assertThat(mailsTo(firm.email())).anySatisfy(mail -> assertThat(mail).contains("名称不一致"));
        assertThat(rows("select count(*) from enterprise_verification where credit_code = ? and decision = 'REFUSED' "
                + "and decided_by = 'intake' and reason is not null", firm.creditCode())).isOne();
    }

    @Test
    void enterprisesAndUnitsNeitherSeeTheQueueNorAnotherEnterprisesLicence() {
        Firm firm = signedUpAndConfirmed();
        Firm other = signedUpAndConfirmed();
        String base = "/api/identity/enterprises";

        for (Caller caller : new Caller[]{as(other.username(), STRONG_PASSWORD), as(firm.username(), STRONG_PASSWORD),
                as("ent-a"), as("unit-a"), as("member")}) {
            assertThat(caller.get(base + "?status=UNVERIFIED").status()).isEqualTo(403);
            assertThat(caller.get(base + "/" + firm.creditCode()).status()).isEqualTo(403);
            assertThat(caller.get(base + "/" + firm.creditCode() + "/licence").status()).isEqualTo(403);
            assertThat(caller.post(base + "/" + firm.creditCode() + "/verification", Map.of("decision", "APPROVE")).status())
                    .isEqualTo(403);
        }
        assertThat(anonymous().get(base).status()).isEqualTo(401);
        assertThat(queueEntry("intake", firm.creditCode()).at("/verification/status").asText()).isEqualTo("UNVERIFIED");
    }

    private JsonNode queueEntry(String official, String creditCode) {
        Reply queue = as(official).get("/api/identity/enterprises?status=UNVERIFIED");
        assertThat(queue.status()).as(queue.text()).isEqualTo(200);
        for (JsonNode entry : queue.json()) {
            if (entry.get("creditCode").asText().equals(creditCode)) {
                return entry;
            }
        }
        return null;
    }
}
