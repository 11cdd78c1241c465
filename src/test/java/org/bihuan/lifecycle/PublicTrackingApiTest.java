package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.casefile.CaseType;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.support.EngineClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a complaint without an account: the tracking number and the last four digits of the contact phone in the
 * complaint (ent-a's standard complaint gives 13800000001) show its progress and nothing confidential; every wrong
 * combination looks the same; guessing is rate limited per address and per number.
 */
class PublicTrackingApiTest extends ComplaintApiScenario {

    private static final String DIGITS = "0001";

    @Autowired
    TrackingAttempts attempts;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    StatusVocabulary vocabulary;

    @BeforeEach
    void noAttemptsYet() {
        attempts.clear();
    }

    @Test
    void theRightNumberAndDigitsShowStatusCurrentStepDeadlineAndDatedPublicStepsWithoutAnythingConfidential() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT", "reason", "内部意见：材料齐全，建议从快"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        Reply extension = as("unit-a").post("/api/complaints/" + caseNo + "/extension-requests",
                Map.of("reason", "需调取三年往来账目。", "requestedDeadline", "2026-04-30"));
        assertThat(extension.status()).as(extension.text()).isEqualTo(202);
        JsonNode official = complaint("ent-a", caseNo);

        Reply tracked = anonymous().get(track(caseNo, DIGITS));

        assertThat(tracked.status()).as(tracked.text()).isEqualTo(200);
        JsonNode body = tracked.json();
        assertThat(body.get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(body.get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(body.get("currentStep").asText()).as("the extension decision is internal; the step shown is handling").isEqualTo("handle");
        assertThat(body.get("currentDue").asText()).isEqualTo(official.at("/deadlines/handle").asText());
        assertThat(body.get("steps")).extracting(s -> s.get("event").asText() + ":" + s.path("status").asText(""))
                .containsExactly("SUBMITTED:", "STATUS:ACCEPTED", "STATUS:TRANSFERRED", "STATUS:IN_HANDLING");
        assertThat(body.get("steps")).allSatisfy(step -> {
            assertThat(step.get("at").asText()).isNotEmpty();
            assertThat(step.get("wordingKey").asText()).startsWith("track.event.");
            assertThat(step.properties()).extracting(Map.Entry::getKey).containsOnly("at", "event", "wordingKey", "status");
        });
        assertThat(tracked.text())
                .doesNotContain("内部意见", "需调取", "钱承办", "unit-a", "intake", "赵受理", "市财政局", "CZJ", "extension",
                        "13800000001", "王经理", "1234567", "某市城市建设集团");
    }

    @Test
    void aRejectedComplaintShowsThatItWasRejectedButNotWhy() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "REJECT", "reason", "已进入诉讼程序，不予受理"));

        Reply tracked = anonymous().get(track(caseNo, DIGITS));

        assertThat(tracked.status()).as(tracked.text()).isEqualTo(200);
        assertThat(tracked.json().get("steps")).extracting(s -> s.path("status").asText(""))
                .contains("REJECTED");
        assertThat(tracked.text()).doesNotContain("诉讼", "不予受理", "赵受理", "intake");
    }

    @Test
    void wrongDigitsAnUnknownNumberAProposalNumberAndMalformedInputAllGiveTheSameNotFound() {
        String caseNo = fileComplaint();
        String proposalNo = proposalOfMember();

        Reply wrongDigits = anonymous().get(track(caseNo, "0002"));
        List<Reply> others = List.of(
                anonymous().get(track("TS2026-999999", DIGITS)),
                anonymous().get(track(proposalNo, "0008")),
                anonymous().get(track("TS2026'; drop table x", DIGITS)),
                anonymous().get(track(caseNo, "01")),
                anonymous().get("/api/track"));

        assertThat(wrongDigits.status()).isEqualTo(404);
        assertThat(others).allSatisfy(other -> {
            assertThat(other.status()).isEqualTo(404);
            assertThat(other.text()).isEqualTo(wrongDigits.text());
        });
        assertThat(wrongDigits.text()).doesNotContain(caseNo);
    }

    @Test
    void attemptsBeyondTheLimitsAnswer429WithRetryAfterUntilTheWindowHasPassed() {
        String caseNo = fileComplaint();
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous().get(track(caseNo, "%04d".formatted(9000 + i))).status()).isEqualTo(404);
        }

        Reply numberLimited = anonymous().get(track(caseNo, DIGITS));

        assertThat(numberLimited.status()).as("the sixth attempt on one number in 10 minutes").isEqualTo(429);
        assertThat(numberLimited.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("600");
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous().get(track("TS2026-99990" + i, DIGITS)).status()).as("other numbers, attempt %d", i).isEqualTo(404);
        }
        Reply addressLimited = anonymous().get(track("TS2026-999999", DIGITS));
        assertThat(addressLimited.status()).as("the eleventh attempt from one address in 10 minutes").isEqualTo(429);
        assertThat(addressLimited.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("600");
        assertThat(addressLimited.contentType()).startsWith("application/problem+json");

        EngineClock.set(EngineClock.now().plus(Duration.ofMinutes(10)));

        assertThat(anonymous().get(track(caseNo, DIGITS)).status()).isEqualTo(200);
    }

    @Test
    void theStepsATrackableCaseTypeNamesInPublicAreStepsOfItsModel() {
        for (Lifecycle lifecycle : lifecycles.all()) {
            lifecycle.tracking().ifPresent(tracking -> assertThat(vocabulary.userTaskKeys(lifecycle.caseType()))
                    .as(lifecycle.caseType().name()).containsAll(tracking.publicSteps()));
        }
        assertThat(lifecycles.of(CaseType.PROPOSAL).tracking()).as("proposals offer no tracking").isEmpty();
    }

    private static String track(String no, String phone) {
        return "/api/track?no=" + java.net.URLEncoder.encode(no, java.nio.charset.StandardCharsets.UTF_8) + "&phone=" + phone;
    }

    private String proposalOfMember() {
        Reply filed = as("member").post("/api/proposals", Map.of("title", "关于加快老旧小区加装电梯的建议",
                "content", "问题：老旧小区无电梯。分析：老年人出行困难。建议：财政补贴加装电梯，简化审批。", "category", "城乡建设",
                "type", "INDIVIDUAL"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("proposalNo").asText();
    }
}
