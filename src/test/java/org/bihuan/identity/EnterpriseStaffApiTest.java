package org.bihuan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator invites colleagues, who see the enterprise's complaints, and removes them. */
class EnterpriseStaffApiTest extends EnterpriseAccountScenario {

    static final String COLLEAGUE_PASSWORD = "Copper-Meadow-2031";

    @Autowired
    IdentityService camundaIdentity;

    @Test
    void anInvitedColleagueChoosesAPasswordWorksAtOnceAndSeesTheEnterprisesComplaint() {
        Firm firm = signedUpAndConfirmed();
        String caseNo = fileComplaintAs(firm.username(), firm);
        String colleagueMail = "colleague-" + firm.username() + "@firm.example";

        Reply invited = as(firm.username(), STRONG_PASSWORD)
                .post("/api/portal/enterprise/staff", Map.of("email", colleagueMail, "name", "陈会计"));

        assertThat(invited.status()).as(invited.text()).isEqualTo(202);
        String token = tokenMailedTo(colleagueMail);
        assertThat(mailsTo(colleagueMail).get(0)).contains(firm.name(), "陈会计", "/portal/invitation?token=");
        JsonNode pending = anonymousFrom(firm.clientAddress()).get("/api/portal/invitations?token=" + token).json();
        assertThat(pending.get("enterpriseName").asText()).isEqualTo(firm.name());
        assertThat(pending.get("email").asText()).isEqualTo(colleagueMail);

        String colleague = firm.username() + "-chen";
        Reply accepted = anonymousFrom(firm.clientAddress()).post("/api/portal/invitations/accept",
                Map.of("token", token, "username", colleague, "password", COLLEAGUE_PASSWORD));

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        JsonNode me = as(colleague, COLLEAGUE_PASSWORD).get("/api/me").json();
        assertThat(me.get("creditCode").asText()).isEqualTo(firm.creditCode());
        assertThat(camundaIdentity.createUserQuery().userId(colleague).count()).as("Camunda knows the colleague").isOne();
        assertThat(as(colleague, COLLEAGUE_PASSWORD).get("/api/complaints/" + caseNo).status())
                .as("the single read (canSee)").isEqualTo(200);
        assertThat(listed(colleague, COLLEAGUE_PASSWORD, caseNo)).as("the list (filter)").isTrue();
        assertThat(anonymousFrom(firm.clientAddress()).post("/api/portal/invitations/accept",
                Map.of("token", token, "username", colleague + "2", "password", COLLEAGUE_PASSWORD)).status())
                .as("the invitation works once").isEqualTo(400);
    }

    @Test
    void aColleaguesPasswordMeetsTheSameRulesAndAWeakOneKeepsTheInvitationUsable() {
        Firm firm = signedUpAndConfirmed();
        String colleagueMail = "weak-" + firm.username() + "@firm.example";
        as(firm.username(), STRONG_PASSWORD).post("/api/portal/enterprise/staff", Map.of("email", colleagueMail, "name", "周出纳"));
        String token = tokenMailedTo(colleagueMail);

        Reply weak = anonymousFrom(firm.clientAddress()).post("/api/portal/invitations/accept",
                Map.of("token", token, "username", firm.username() + "-zhou", "password", "1234567890"));

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.errorFields()).containsExactly("password");
        assertThat(anonymousFrom(firm.clientAddress()).get("/api/portal/invitations?token=" + token).status()).isEqualTo(200);
    }

    @Test
    void aRemovedColleagueCanNoLongerSignInAndTheirComplaintStaysWithTheEnterprise() {
        Firm firm = signedUpAndConfirmed();
        String colleague = invitedColleague(firm);
        String caseNo = fileComplaintAs(colleague, firm, COLLEAGUE_PASSWORD);

        Reply removed = as(firm.username(), STRONG_PASSWORD).delete("/api/portal/enterprise/staff/" + colleague);

        assertThat(removed.status()).as(removed.text()).isEqualTo(204);
        assertThat(as(colleague, COLLEAGUE_PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(camundaIdentity.createUserQuery().userId(colleague).count()).as("Camunda forgets them").isZero();
        assertThat(as(firm.username(), STRONG_PASSWORD).get("/api/complaints/" + caseNo).status()).isEqualTo(200);
        assertThat(listed(firm.username(), STRONG_PASSWORD, caseNo)).isTrue();
        JsonNode staff = as(firm.username(), STRONG_PASSWORD).get("/api/portal/enterprise").json().get("staff");
        assertThat(staff).anySatisfy(member -> {
            assertThat(member.get("username").asText()).isEqualTo(colleague);
            assertThat(member.get("active").asBoolean()).isFalse();
        });
    }

    @Test
    void onlyTheAdministratorManagesStaffAndNeverAnotherEnterprisesAccounts() {
        Firm firm = signedUpAndConfirmed();
        String colleague = invitedColleague(firm);
        Firm other = signedUpAndConfirmed();

        assertThat(as(colleague, COLLEAGUE_PASSWORD).post("/api/portal/enterprise/staff",
                Map.of("email", "x@firm.example", "name", "某人")).status()).isEqualTo(403);
        assertThat(as(colleague, COLLEAGUE_PASSWORD).delete("/api/portal/enterprise/staff/" + firm.username()).status())
                .isEqualTo(403);
        assertThat(as(other.username(), STRONG_PASSWORD).delete("/api/portal/enterprise/staff/" + colleague).status())
                .as("someone else's colleague is not found").isEqualTo(404);
        assertThat(as(firm.username(), STRONG_PASSWORD).delete("/api/portal/enterprise/staff/" + firm.username()).status())
                .as("the administrator does not remove itself").isEqualTo(409);
        assertThat(as(colleague, COLLEAGUE_PASSWORD).get("/api/me").status()).isEqualTo(200);
        assertThat(as(colleague, COLLEAGUE_PASSWORD).get("/api/portal/enterprise").json().get("staff"))
                .as("a colleague does not get the staff list").isEmpty();
        assertThat(as("intake").post("/api/portal/enterprise/staff", Map.of("email", "x@firm.example", "name", "某人"))
                .status()).isEqualTo(403);
    }

    @Test
    void anEnterpriseDoesNotSeeAnotherEnterprisesComplaints() {
        Firm firm = signedUpAndConfirmed();
        String caseNo = fileComplaintAs(firm.username(), firm);
        Firm other = signedUpAndConfirmed();

        assertThat(as(other.username(), STRONG_PASSWORD).get("/api/complaints/" + caseNo).status()).isEqualTo(404);
        assertThat(listed(other.username(), STRONG_PASSWORD, caseNo)).isFalse();
        assertThat(as("ent-a").get("/api/complaints/" + caseNo).status()).isEqualTo(404);
    }

    private String invitedColleague(Firm firm) {
        String colleagueMail = "staff-" + firm.username() + "@firm.example";
        as(firm.username(), STRONG_PASSWORD).post("/api/portal/enterprise/staff", Map.of("email", colleagueMail, "name", "陈会计"));
        String colleague = firm.username() + "-staff";
        Reply accepted = anonymousFrom(firm.clientAddress()).post("/api/portal/invitations/accept",
                Map.of("token", tokenMailedTo(colleagueMail), "username", colleague, "password", COLLEAGUE_PASSWORD));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        return colleague;
    }

    private String fileComplaintAs(String username, Firm firm, String password) {
        Reply filed = as(username, password).post("/api/complaints", complaintWith("complainant.creditCode", firm.creditCode()));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    private boolean listed(String username, String password, String caseNo) {
        for (JsonNode item : as(username, password).get("/api/complaints?size=200").json().get("items")) {
            if (item.get("trackingNo").asText().equals(caseNo)) {
                return true;
            }
        }
        return false;
    }
}
