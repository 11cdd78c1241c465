package org.bihuan.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.identity.AccountProfile;
import org.bihuan.identity.UnitProfile;
import org.bihuan.support.PageClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 机构改革 on the units page: a unit merged into its successor hands over its open tasks (a task someone holds stays
 * with them, now of the successor), its open cases with a timeline entry each, its people, and the next steps of its
 * cases go to the successor too. The merge is on the audit list and reaches Camunda's groups at once.
 */
class UnitMergePageTest extends AdminScenario {

    @Autowired
    IdentityService identityService;

    @Test
    void aMergedUnitsTasksCasesAndPeopleMoveToItsSuccessorAndItsNextStepsFollow() {
        UnitProfile old = handlingUnit("Old Finance Bureau");
        UnitProfile successor = handlingUnit("New Finance Bureau");
        AccountProfile oldOfficial = withPassword(account("UNIT", old.code()));
        AccountProfile newOfficial = withPassword(account("UNIT", successor.code()));
        String waiting = proposalAssignedTo(old.code());
        String held = proposalAssignedTo(old.code());
        String heldTask = taskId(oldOfficial.username(), held, "signFor");
        assertThat(as(oldOfficial.username()).post("/api/tasks/" + heldTask + "/claim").status()).isEqualTo(204);
        assertThat(tasksOf(newOfficial.username(), waiting)).isEmpty();

        PageClient admin = new PageClient(port).signIn("admin");
        assertThat(admin.get("/admin/units/" + old.code() + "/merge").body()).contains(successor.code(), "2 项待办任务");
        PageClient.Page merged = admin.post("/admin/units/" + old.code() + "/merge", Map.of("successor", successor.code()));

        assertThat(merged.status()).as(merged.body()).isEqualTo(302);
        assertThat(admin.get(AdminPagesTest.path(merged.location())).body()).contains("已并入", "在办案件 2 件", "待办任务 2 项");
        UnitProfile after = units.get(old.code());
        assertThat(after.active()).isFalse();
        assertThat(after.successorCode()).isEqualTo(successor.code());
        assertThat(accounts.get(oldOfficial.username()).unitCode()).isEqualTo(successor.code());
        assertThat(identityService.createGroupQuery().groupMember(oldOfficial.username()).list()).extracting(Group::getId)
                .contains(successor.code()).doesNotContain(old.code());

        assertThat(tasksOf(newOfficial.username(), waiting)).extracting(t -> t.get("taskKey").asText()).containsExactly("signFor");
        List<JsonNode> heldNow = tasksOf(newOfficial.username(), held);
        assertThat(heldNow).hasSize(1);
        assertThat(heldNow.get(0).get("assignee").asText()).as("whoever held it keeps it").isEqualTo(oldOfficial.username());
        for (String caseNo : List.of(waiting, held)) {
            JsonNode details = as("admin").get("/api/cases/" + caseNo).json();
            assertThat(details.at("/unit/code").asText()).isEqualTo(successor.code());
            assertThat(details.get("timeline")).extracting(e -> e.get("type").asText()).contains("UNIT_MERGED");
        }

        complete(newOfficial.username(), waiting, "signFor", Map.of("decision", "ACCEPT"));
        assertThat(tasksOf(newOfficial.username(), waiting)).as("the next step goes to the successor")
                .extracting(t -> t.get("taskKey").asText()).contains("consult");
        // the proposal's own record of its units follows: the successor's acceptance and reply are the lead unit's
        complete(newOfficial.username(), waiting, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈。"));
        complete(newOfficial.username(), waiting, "reply", Map.of("replyClass", "B", "replyText", "已列入明年计划，分批实施。",
                "publishable", true));
        JsonNode proposal = as("committee").get("/api/proposals/" + waiting).json();
        assertThat(proposal.get("units")).hasSize(1);
        JsonNode lead = proposal.get("units").get(0);
        assertThat(lead.get("code").asText()).isEqualTo(successor.code());
        assertThat(lead.get("role").asText()).isEqualTo("LEAD");
        assertThat(lead.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(lead.get("replyText").asText()).isEqualTo("已列入明年计划，分批实施。");
        assertThat(as("member").get("/api/proposals/" + waiting).json().get("replyText").asText()).isEqualTo("已列入明年计划，分批实施。");
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'unit' and subject_id = ? order by id")
                .param(old.code()).query(String.class).list()).containsSubsequence("unit.created", "unit.merged", "unit.handedOver");
        assertThat(admin.post("/admin/units/" + old.code() + "/reactivate", Map.of()).status()).isEqualTo(302);
        assertThat(units.get(old.code()).active()).as("a merged unit stays inactive").isFalse();
    }

    @Test
    void aSuccessorThatWasCoUnitOfTheMergedLeadUnitLeadsTheProposalAlone() {
        UnitProfile old = handlingUnit("Old Planning Bureau");
        UnitProfile successor = handlingUnit("New Planning Bureau");
        String proposalNo = proposalAssignedTo(old.code(), List.of(successor.code()));

        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/units/" + old.code() + "/merge");
        assertThat(admin.post("/admin/units/" + old.code() + "/merge", Map.of("successor", successor.code())).status()).isEqualTo(302);

        JsonNode units = as("committee").get("/api/proposals/" + proposalNo).json().get("units");
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("code").asText()).isEqualTo(successor.code());
        assertThat(units.get(0).get("role").asText()).isEqualTo("LEAD");
    }

    @Test
    void aMergeIntoAnUnknownOrItselfIsRefusedNamingTheSuccessorAndMovesNothing() {
        UnitProfile old = handlingUnit("Lonely Office");
        PageClient admin = new PageClient(port).signIn("admin");
        admin.get("/admin/units/" + old.code() + "/merge");

        for (String successor : List.of("", old.code(), "NOSUCHUNIT", "QQB")) {
            PageClient.Page refused = admin.post("/admin/units/" + old.code() + "/merge", Map.of("successor", successor));
            assertThat(refused.status()).as(successor).isEqualTo(400);
            assertThat(refused.body()).as(successor).contains("id=\"f-successor-error\"");
        }
        assertThat(units.get(old.code()).active()).isTrue();
        assertThat(units.get(old.code()).successorCode()).isNull();
    }

    /** Follows the account's mailed set-password link through the service, choosing {@link #STRONG_PASSWORD}. */
    AccountProfile withPassword(AccountProfile account) {
        String link = linkMailedTo(account.email());
        String token = UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
        accounts.setPassword(token, STRONG_PASSWORD);
        rememberPassword(account.username(), STRONG_PASSWORD);
        return account;
    }
}
