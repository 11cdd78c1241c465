package org.bihuan.web;

import org.bihuan.support.BrowserScenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page tests' cases, walked through the API: a proposal replied, evaluated and so published. */
abstract class WebScenario extends BrowserScenario {

    static final String CONTENT = "问题：老旧小区缺少电梯，老人出行困难。分析：资金和协调机制不足。建议：一是财政补贴；二是简化审批；三是建立维护基金。";

    /** member's proposal with this title and category, replied by CZJ with this text (class B, publishable), rated: published. */
    String publishedReply(String title, String category, String replyText) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("content", CONTENT);
        body.put("category", category);
        body.put("type", "INDIVIDUAL");
        body.put("cosigners", List.of());
        Reply filed = as("member").post("/api/proposals", body);
        org.assertj.core.api.Assertions.assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String proposalNo = filed.json().get("proposalNo").asText();
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        complete("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD"));
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈。"));
        complete("unit-a", proposalNo, "reply", Map.of("replyClass", "B", "replyText", replyText, "publishable", true));
        complete("member", proposalNo, "evaluate", Map.of("satisfaction", "SATISFIED"));
        return proposalNo;
    }
}
