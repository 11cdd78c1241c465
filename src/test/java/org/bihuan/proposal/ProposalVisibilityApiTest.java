package org.bihuan.proposal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalVisibilityApiTest extends ProposalApiScenario {

    @Test
    void aMemberSeesOwnProposalsAndAnotherMemberSeesNothingOfThem() {
        String proposalNo = fileIndividual("member2");

        assertThat(readStatus("member2", proposalNo)).isEqualTo(200);
        assertThat(listed("member2", proposalNo)).isEqualTo(1);
        assertThat(readStatus("member", proposalNo)).isEqualTo(404);
        assertThat(listed("member", proposalNo)).isZero();
        assertThat(readStatus("ent-a", proposalNo)).isEqualTo(404);
        assertThat(listed("ent-a", proposalNo)).isZero();
    }

    @Test
    void anInvitedCosignerSeesTheProposalWhileCosigningAndAfterConfirming() {
        String proposalNo = fileJoint("member", "member2");

        assertThat(readStatus("member2", proposalNo)).isEqualTo(200);
        assertThat(listed("member2", proposalNo)).isEqualTo(1);
        assertThat(tasksOf("member2", proposalNo)).extracting(t -> t.get("taskKey").asText()).containsExactly("cosign");

        complete("member2", proposalNo, "cosign", Map.of("decision", "CONFIRM"));

        assertThat(proposal("member2", proposalNo).get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(listed("member2", proposalNo)).isEqualTo(1);
    }

    @Test
    void aCosignerWhoDeclinesNoLongerSeesTheProposal() {
        String proposalNo = fileJoint("member", "member2");

        complete("member2", proposalNo, "cosign", Map.of("decision", "DECLINE", "note", "另有考虑"));

        assertThat(readStatus("member2", proposalNo)).isEqualTo(404);
        assertThat(listed("member2", proposalNo)).isZero();
        assertThat(proposal("member", proposalNo).get("signers")).extracting(s -> s.get("username").asText() + " " + s.get("status").asText())
                .containsExactly("member INITIATOR", "member2 DECLINED");
    }

    @Test
    void aUnitSeesAProposalOnlyOnceAssignedToItAsLeadOrCoUnit() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        assertThat(readStatus("unit-a", proposalNo)).isEqualTo(404);
        assertThat(readStatus("unit-b", proposalNo)).isEqualTo(404);

        assign(proposalNo, "CZJ", List.of("GZW"));

        assertThat(readStatus("unit-a", proposalNo)).isEqualTo(200);
        assertThat(listed("unit-a", proposalNo)).isEqualTo(1);
        assertThat(readStatus("unit-b", proposalNo)).isEqualTo(200);
        assertThat(listed("unit-b", proposalNo)).isEqualTo(1);
        assertThat(readStatus("intake", proposalNo)).isEqualTo(404);
    }

    @Test
    void aUnitWhoseObjectionLedToReassignmentNoLongerSeesTheProposal() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        assign(proposalNo, "GZW", List.of());
        assertThat(readStatus("unit-b", proposalNo)).isEqualTo(200);

        complete("unit-b", proposalNo, "signFor", Map.of("decision", "OBJECT", "reason", "该事项属财政预算安排，不属本委职责。"));
        assign(proposalNo, "CZJ", List.of());

        assertThat(readStatus("unit-b", proposalNo)).isEqualTo(404);
        assertThat(listed("unit-b", proposalNo)).isZero();
        assertThat(tasksOf("unit-b", proposalNo)).isEmpty();
        assertThat(readStatus("unit-a", proposalNo)).isEqualTo(200);
    }

    @Test
    void theCommitteeSeesEveryProposal() {
        String proposalNo = fileIndividual("member2");

        assertThat(proposal("committee", proposalNo).get("proposer").asText()).isEqualTo("member2");
        assertThat(listed("committee", proposalNo)).isEqualTo(1);
    }

    @Test
    void aLeaderSeesTheKeyProposalItSupervisesButNotAnOrdinaryOne() {
        String keyProposal = fileIndividual("member");
        register(keyProposal);
        assignAsKey(keyProposal, "CZJ", "leader");
        String ordinary = fileIndividual("member");
        register(ordinary);
        assign(ordinary, "CZJ", List.of());

        assertThat(proposal("leader", keyProposal).get("supervisingLeader").asText()).isEqualTo("leader");
        assertThat(listTotal("leader", "key=true&q=" + keyProposal)).isEqualTo(1);
        assertThat(readStatus("leader", ordinary)).isEqualTo(404);
        assertThat(listed("leader", ordinary)).isZero();
        assertThat(readStatus("ent-a", keyProposal)).isEqualTo(404);
    }
}
