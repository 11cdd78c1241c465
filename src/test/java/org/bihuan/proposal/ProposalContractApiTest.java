package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalContractApiTest extends ProposalApiScenario {

    @Test
    void aMemberFilesAProposalAndReadsItBackWithItsSignersDeadlinesAndTimeline() {
        Reply filed = as("member").post("/api/proposals", proposalBody(TITLE, "INDIVIDUAL", List.of()));

        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String proposalNo = filed.json().get("proposalNo").asText();
        assertThat(proposalNo).matches("2026\\d{4}");
        assertThat(filed.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(filed.headers().getFirst(HttpHeaders.LOCATION)).isEqualTo("http://localhost:" + port + "/api/proposals/" + proposalNo);

        JsonNode proposal = proposal("member", proposalNo);
        assertThat(proposal.get("proposalNo").asText()).isEqualTo(proposalNo);
        assertThat(proposal.get("sessionYear").asInt()).isEqualTo(2026);
        assertThat(proposal.get("title").asText()).isEqualTo(TITLE);
        assertThat(proposal.get("content").asText()).isEqualTo(CONTENT);
        assertThat(proposal.get("category").asText()).isEqualTo("城乡建设");
        assertThat(proposal.get("type").asText()).isEqualTo("INDIVIDUAL");
        assertThat(proposal.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(proposal.get("signers")).singleElement().satisfies(signer -> {
            assertThat(signer.get("username").asText()).isEqualTo("member");
            assertThat(signer.get("displayName").asText()).isEqualTo("郑委员");
            assertThat(signer.get("status").asText()).isEqualTo("INITIATOR");
        });
        assertThat(proposal.get("units")).isEmpty();
        // review within 15 working days: Monday 23 March, end of the working day
        assertThat(instant(proposal.get("deadlines").get("review"))).isEqualTo(at(2026, 3, 23, 17, 30));
        assertThat(statuses(proposal)).containsSubsequence("UNDER_REVIEW");
    }

    @Test
    void afterAssignmentTheProposalShowsItsUnitsAndTheObjectionDeadline() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);

        assign(proposalNo, "CZJ", List.of("GZW"));

        JsonNode proposal = proposal("member", proposalNo);
        assertThat(proposal.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(proposal.get("mode").asText()).isEqualTo("LEAD");
        assertThat(proposal.get("units")).extracting(u -> u.get("code").asText() + " " + u.get("name").asText() + " " + u.get("role").asText())
                .containsExactly("CZJ 市财政局 LEAD", "GZW 市国资委 CO");
        // 5 working days to object: Monday 9 March
        assertThat(instant(proposal.get("deadlines").get("signFor"))).isEqualTo(at(2026, 3, 9, 17, 30));
        assertThat(statuses(proposal)).containsSubsequence("UNDER_REVIEW", "ASSIGNED");
        assertThat(proposal.get("timeline")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("ASSIGNED");
            assertThat(event.get("note").asText()).contains("主办：市财政局", "会办：市国资委");
        });
    }

    @Test
    void aJointProposalWaitsForItsCosignersWhoAreListedInOrder() {
        Reply filed = as("member").post("/api/proposals", proposalBody("关于完善社区养老服务的建议", "JOINT", List.of("member2")));

        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.json().get("status").asText()).isEqualTo("COSIGNING");
        JsonNode proposal = proposal("member", filed.json().get("proposalNo").asText());
        assertThat(proposal.get("type").asText()).isEqualTo("JOINT");
        assertThat(proposal.get("signers")).extracting(s -> s.get("position").asInt() + " " + s.get("username").asText() + " " + s.get("status").asText())
                .containsExactly("0 member INITIATOR", "1 member2 INVITED");
    }

    @Test
    void theListFiltersByStatusTextYearAndKeyAndCountsTheMatches() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String ordinary = file("member", proposalBody("关于社区停车治理的建议（" + marker + "）", "INDIVIDUAL", List.of()));
        String key = file("member", proposalBody("关于社区停车收费的建议（" + marker + "）", "INDIVIDUAL", List.of()));
        register(key);
        assignAsKey(key, "CZJ", "leader");

        Reply page = as("committee").get("/api/proposals?q=" + marker + "&size=1");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(2);
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("proposalNo").asText()).isEqualTo(key);
            assertThat(item.get("status").asText()).isEqualTo("ASSIGNED");
            assertThat(item.get("leadUnit").asText()).isEqualTo("CZJ");
            assertThat(item.get("keyProposal").asBoolean()).isTrue();
        });
        assertThat(numbers(as("committee").get("/api/proposals?q=" + marker).json())).containsExactly(key, ordinary);

        assertThat(numbers(as("committee").get("/api/proposals?q=" + marker + "&status=UNDER_REVIEW").json())).containsExactly(ordinary);
        assertThat(numbers(as("committee").get("/api/proposals?q=" + marker + "&status=ASSIGNED").json())).containsExactly(key);
        assertThat(numbers(as("committee").get("/api/proposals?q=" + marker + "&key=true").json())).containsExactly(key);
        assertThat(numbers(as("committee").get("/api/proposals?q=" + marker + "&key=false").json())).containsExactly(ordinary);
        assertThat(listTotal("committee", "q=" + marker + "&year=2026")).isEqualTo(2);
        assertThat(listTotal("committee", "q=" + marker + "&year=2025")).isZero();
        assertThat(listTotal("member", "q=" + ordinary)).isEqualTo(1);
    }

    @Test
    void thePublicSeesPublishedRepliesWithoutContactDetailsAndNothingUnpublishable() {
        String publishable = proposalReplied(true);
        complete("member", publishable, "evaluate", Map.of("satisfaction", "SATISFIED"));
        String notPublishable = proposalReplied(false);
        complete("member", notPublishable, "evaluate", Map.of("satisfaction", "SATISFIED"));
        assertThat(proposal("member", notPublishable).get("status").asText()).isEqualTo("CLOSED");

        Reply published = anonymous().get("/api/proposals/published?year=2026");

        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(published.json()).anySatisfy(p -> {
            assertThat(p.get("proposalNo").asText()).isEqualTo(publishable);
            assertThat(p.get("title").asText()).isEqualTo(TITLE);
            assertThat(p.get("proposers").asText()).isEqualTo("郑委员");
            assertThat(p.get("leadUnit").asText()).isEqualTo("市财政局");
            assertThat(p.get("replyText").asText()).isEqualTo(REPLY_TEXT);
        });
        assertThat(numbers(published.json())).doesNotContain(notPublishable);
        assertThat(published.text()).doesNotContain("@demo.bihuan.local", "1380000000", "1380000001", "member", "unit-a");
        assertThat(anonymous().get("/api/proposals/" + publishable).status()).isEqualTo(401);
    }

    private static Instant instant(JsonNode node) {
        assertThat(node).as("a deadline").isNotNull();
        return Instant.parse(node.asText());
    }

    private static List<String> statuses(JsonNode proposal) {
        List<String> statuses = new ArrayList<>();
        proposal.get("timeline").forEach(e -> {
            if ("STATUS".equals(e.get("type").asText())) {
                statuses.add(e.get("note").asText());
            }
        });
        return statuses;
    }

    /** The proposal numbers of a page's items, or of a plain list. */
    private static List<String> numbers(JsonNode listOrPage) {
        List<String> numbers = new ArrayList<>();
        (listOrPage.has("items") ? listOrPage.get("items") : listOrPage).forEach(p -> numbers.add(p.get("proposalNo").asText()));
        return numbers;
    }
}
