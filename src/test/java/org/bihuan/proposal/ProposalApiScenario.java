package org.bihuan.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.ApiScenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal API tests' cases: filed by a member and walked to a stage through the API alone, on Monday
 * 2 March 2026. 市财政局 (CZJ) is unit-a's unit, 市国资委 (GZW) unit-b's.
 */
abstract class ProposalApiScenario extends ApiScenario {

    static final String TITLE = "关于加快老旧小区加装电梯的建议";
    static final String CONTENT = ProposalScenario.CONTENT;
    static final String REPLY_TEXT = "经研究，已将加装电梯补贴纳入年度财政预算，具体办法正在制定。";

    static Map<String, Object> proposalBody(String title, String type, List<String> cosigners) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("content", CONTENT);
        body.put("category", "城乡建设");
        body.put("type", type);
        body.put("cosigners", cosigners);
        return body;
    }

    /** Files the body as the member and answers the proposal number. */
    String file(String member, Map<String, Object> body) {
        Reply filed = as(member).post("/api/proposals", body);
        assertThat(filed.status()).as("%s files a proposal: %s", member, filed.text()).isEqualTo(201);
        return filed.json().get("proposalNo").asText();
    }

    String fileIndividual(String member) {
        return file(member, proposalBody(TITLE, "INDIVIDUAL", List.of()));
    }

    String fileJoint(String member, String... cosigners) {
        return file(member, proposalBody("关于完善社区养老服务的建议", "JOINT", List.of(cosigners)));
    }

    void register(String proposalNo) {
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
    }

    void assign(String proposalNo, String leadUnit, List<String> coUnits) {
        complete("committee", proposalNo, "assign", Map.of("leadUnit", leadUnit, "coUnits", coUnits, "mode", "LEAD"));
    }

    /** A key proposal (重点提案) that the leader supervises. */
    void assignAsKey(String proposalNo, String leadUnit, String leader) {
        Map<String, Object> fields = new HashMap<>(Map.of("leadUnit", leadUnit, "coUnits", List.of(), "mode", "LEAD"));
        fields.put("key", true);
        fields.put("supervisingLeader", leader);
        complete("committee", proposalNo, "assign", fields);
    }

    /** member's proposal, registered, assigned to CZJ alone and accepted: CZJ is to consult and reply. */
    String proposalInHandling() {
        String proposalNo = fileIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of());
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        return proposalNo;
    }

    /** CZJ consulted member and replied (class B): member is asked to evaluate. */
    String proposalReplied(boolean publishable) {
        String proposalNo = proposalInHandling();
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈，听取意见。"));
        complete("unit-a", proposalNo, "reply", Map.of("replyClass", "B", "replyText", REPLY_TEXT, "publishable", publishable));
        return proposalNo;
    }

    JsonNode proposal(String username, String proposalNo) {
        Reply reply = as(username).get("/api/proposals/" + proposalNo);
        assertThat(reply.status()).as("%s reads %s: %s", username, proposalNo, reply.text()).isEqualTo(200);
        return reply.json();
    }

    int readStatus(String username, String proposalNo) {
        return as(username).get("/api/proposals/" + proposalNo).status();
    }

    /** The total of a user's proposal list searched for one proposal number: 1 if they see it, else 0. */
    long listed(String username, String proposalNo) {
        return listTotal(username, "q=" + proposalNo);
    }

    long listTotal(String username, String query) {
        Reply reply = as(username).get("/api/proposals?" + query);
        assertThat(reply.status()).as("%s lists proposals with %s: %s", username, query, reply.text()).isEqualTo(200);
        return reply.json().get("total").asLong();
    }
}
