package org.bihuan.proposal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalValidationApiTest extends ProposalApiScenario {

    static Stream<Arguments> invalidProposals() {
        return Stream.of(
                invalid("a missing title", "title", body -> body.remove("title")),
                invalid("content too short to hold problem, analysis and suggestions", "content",
                        body -> body.put("content", "建议加装电梯。")),
                invalid("a type outside INDIVIDUAL, JOINT, COLLECTIVE", "type", body -> body.put("type", "GROUP")),
                invalid("a joint proposal without cosigners", "cosigners", body -> body.put("type", "JOINT")),
                invalid("an individual proposal with cosigners", "cosigners", body -> body.put("cosigners", List.of("member2"))),
                invalid("a cosigner who is no CPPCC member", "cosigners[0]", joint("intake")),
                invalid("the initiator as cosigner", "cosigners[0]", joint("member")),
                invalid("a cosigner named twice", "cosigners[1]", joint("member2", "member2")));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("invalidProposals")
    void anInvalidProposalIsRefusedNamingTheFieldAndNothingIsStored(String why, String field, Consumer<Map<String, Object>> spoil) {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> body = proposalBody("关于加装电梯的建议 " + marker, "INDIVIDUAL", List.of());
        body.put("category", "城乡建设 " + marker.substring(0, 8));
        spoil.accept(body);

        Reply refused = as("member").post("/api/proposals", body);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(storedWith(marker.substring(0, 8))).isZero();
    }

    @Test
    void someoneWhoIsNoMemberCannotFileAProposal() {
        String marker = UUID.randomUUID().toString();

        Reply refused = as("ent-a").post("/api/proposals", proposalBody("关于加装电梯的建议 " + marker, "INDIVIDUAL", List.of()));

        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(storedWith(marker)).isZero();
    }

    private static Arguments invalid(String why, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(why, field, spoil);
    }

    private static Consumer<Map<String, Object>> joint(String... cosigners) {
        return body -> {
            body.put("type", "JOINT");
            body.put("cosigners", List.of(cosigners));
        };
    }

    /** Case files and proposals whose title or category carries the marker. */
    private long storedWith(String marker) {
        String like = "%" + marker + "%";
        long caseFiles = jdbc.sql("select count(*) from case_file where title like ?").param(like).query(Long.class).single();
        long proposals = jdbc.sql("select count(*) from proposal where title like ? or category like ?").params(like, like)
                .query(Long.class).single();
        return caseFiles + proposals;
    }
}
