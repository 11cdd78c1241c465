package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the member portal needs besides filing: a proposal kept as a draft and filed with the API's rules, the cosign
 * answer through the proposal (not a task id), the members directory for choosing cosigners, and a list that names
 * the units handling each proposal and whether its reply letter exists.
 */
class ProposalPortalApiTest extends ProposalApiScenario {

    @Test
    void aJointProposalKeptAsADraftIsFiledWithItsCosignersAndTheDraftIsGone() {
        Reply created = as("member").post("/api/portal/drafts?type=PROPOSAL", proposalBody(TITLE, "JOINT", List.of()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        Reply refused = as("member").post("/api/portal/drafts/" + id + "/submit");
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("cosigners");

        assertThat(as("member").put("/api/portal/drafts/" + id, proposalBody(TITLE, "JOINT", List.of("member2"))).status()).isEqualTo(200);
        Reply submitted = as("member").post("/api/portal/drafts/" + id + "/submit");

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String proposalNo = submitted.json().get("caseNo").asText();
        assertThat(submitted.json().at("/receipt/proposalNo").asText()).isEqualTo(proposalNo);
        assertThat(proposal("member", proposalNo).get("status").asText()).isEqualTo("COSIGNING");
        assertThat(proposal("member", proposalNo).get("signers")).extracting(s -> s.get("username").asText())
                .containsExactly("member", "member2");
        assertThat(as("member").get("/api/portal/drafts/" + id).status()).isEqualTo(404);
    }

    @Test
    void aProposalDraftTakesNoFilesAndACouncilMemberCannotKeepAComplaintDraft() {
        long id = as("member").post("/api/portal/drafts?type=PROPOSAL", proposalBody(TITLE, "INDIVIDUAL", List.of()))
                .json().get("id").asLong();

        Reply upload = as("member").upload("/api/portal/drafts/" + id + "/files", "a.pdf", MediaType.APPLICATION_PDF,
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(upload.status()).isEqualTo(400);
        assertThat(upload.errorFields()).containsExactly("file");
        assertThat(as("ent-a").post("/api/portal/drafts?type=PROPOSAL", Map.of()).status()).isEqualTo(403);
        assertThat(as("member2").get("/api/portal/drafts/" + id).status()).isEqualTo(404);
    }

    @Test
    void anInvitedMemberSeesHisOpenCosignRequestAndConfirmsItThroughTheProposal() {
        String proposalNo = fileJoint("member", "member2");

        Reply requests = as("member2").get("/api/proposals/cosign-requests");
        assertThat(requests.status()).as(requests.text()).isEqualTo(200);
        JsonNode request = find(requests.json(), proposalNo);
        assertThat(request.get("proposer").asText()).isEqualTo("member");
        assertThat(request.get("proposerName").asText()).isEqualTo("郑委员");
        assertThat(request.get("due").asText()).isNotEmpty();
        assertThat(as("member").get("/api/proposals/cosign-requests").json()).noneSatisfy(
                r -> assertThat(r.get("proposalNo").asText()).isEqualTo(proposalNo));

        Reply confirmed = as("member2").post("/api/proposals/" + proposalNo + "/cosign", Map.of("decision", "CONFIRM"));

        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(204);
        assertThat(proposal("member2", proposalNo).get("signers")).anySatisfy(s -> {
            assertThat(s.get("username").asText()).isEqualTo("member2");
            assertThat(s.get("status").asText()).isEqualTo("CONFIRMED");
        });
        assertThat(as("member2").get("/api/proposals/cosign-requests").json()).noneSatisfy(
                r -> assertThat(r.get("proposalNo").asText()).isEqualTo(proposalNo));
        assertThat(as("member2").post("/api/proposals/" + proposalNo + "/cosign", Map.of("decision", "CONFIRM")).status())
                .as("no open invitation any more").isEqualTo(409);
    }

    @Test
    void anInvitedMemberDeclinesThroughTheProposalWithTheCosignFormsRules() {
        String proposalNo = fileJoint("member", "member2");

        Reply invalid = as("member2").post("/api/proposals/" + proposalNo + "/cosign", Map.of("decision", "MAYBE"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("decision");

        Reply declined = as("member2").post("/api/proposals/" + proposalNo + "/cosign", Map.of("decision", "DECLINE", "note", "另有考虑"));

        assertThat(declined.status()).as(declined.text()).isEqualTo(204);
        assertThat(proposal("member", proposalNo).get("signers")).anySatisfy(s -> {
            assertThat(s.get("username").asText()).isEqualTo("member2");
            assertThat(s.get("status").asText()).isEqualTo("DECLINED");
        });
    }

    @Test
    void theInitiatorHasNoInvitationToAnswerAndAStrangerDoesNotSeeTheProposal() {
        String proposalNo = fileJoint("member", "member2");

        assertThat(as("member").post("/api/proposals/" + proposalNo + "/cosign", Map.of("decision", "CONFIRM")).status()).isEqualTo(409);
        assertThat(as("ent-a").post("/api/proposals/" + proposalNo + "/cosign", Map.of("decision", "CONFIRM")).status()).isEqualTo(404);
    }

    @Test
    void theMembersDirectoryFindsMembersByNameWithUsernameAndDisplayNameOnly() {
        Reply all = as("member").get("/api/proposals/members");
        Reply byName = as("member").get("/api/proposals/members?q=冯");
        Reply byUsername = as("member2").get("/api/proposals/members?q=MEMBER");

        assertThat(all.status()).as(all.text()).isEqualTo(200);
        assertThat(all.json()).extracting(m -> m.get("username").asText()).contains("member2").doesNotContain("member", "ent-a", "intake");
        assertThat(all.json()).allSatisfy(m -> assertThat(m.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("username", "displayName"));
        assertThat(byName.json()).singleElement().satisfies(m -> {
            assertThat(m.get("username").asText()).isEqualTo("member2");
            assertThat(m.get("displayName").asText()).isEqualTo("冯委员");
        });
        assertThat(byUsername.json()).extracting(m -> m.get("username").asText()).contains("member").doesNotContain("member2");
        assertThat(as("ent-a").get("/api/proposals/members").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/proposals/members").status()).isEqualTo(401);
    }

    @Test
    void myProposalsNameTheUnitsHandlingThemAndWhetherTheReplyLetterExists() {
        String replied = proposalReplied(false);
        String filed = fileIndividual("member");
        String coHandled = fileIndividual("member");
        register(coHandled);
        assign(coHandled, "CZJ", List.of("GZW"));

        Reply mine = as("member").get("/api/proposals?size=200");

        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        JsonNode items = mine.json().get("items");
        JsonNode repliedLine = find(items, replied);
        assertThat(repliedLine.get("replyLetterAvailable").asBoolean()).isTrue();
        assertThat(repliedLine.get("units")).singleElement().satisfies(u -> {
            assertThat(u.get("code").asText()).isEqualTo("CZJ");
            assertThat(u.get("name").asText()).isEqualTo("市财政局");
            assertThat(u.get("role").asText()).isEqualTo("LEAD");
        });
        assertThat(find(items, filed).get("units")).isEmpty();
        assertThat(find(items, filed).get("replyLetterAvailable").asBoolean()).isFalse();
        assertThat(find(items, coHandled).get("units")).extracting(u -> u.get("code").asText() + ":" + u.get("role").asText())
                .containsExactly("CZJ:LEAD", "GZW:CO");
    }

    private static JsonNode find(JsonNode list, String proposalNo) {
        for (JsonNode item : list) {
            if (proposalNo.equals(item.get("proposalNo").asText())) {
                return item;
            }
        }
        throw new AssertionError(proposalNo + " not in " + list);
    }
}
