package org.bihuan.proposal;

import org.bihuan.support.LifecycleScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Proposals in the stages the scenarios start from. Everything happens on Monday 2 March 2026 unless a test moves the clock. */
abstract class ProposalScenario extends LifecycleScenario {

    static final String CONTENT = "问题：老旧小区加装电梯推进缓慢。分析：资金分摊与低层住户意见难以协调。建议：设立专项补贴并建立协商机制。";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalRecords proposalRecords;

    String submitIndividual(String member) {
        return proposals.submit(user(member), new ProposalRequest("关于加快老旧小区加装电梯的建议", CONTENT, "城乡建设",
                "INDIVIDUAL", List.of())).proposalNo();
    }

    String submitJoint(String member, List<String> cosigners) {
        return proposals.submit(user(member), new ProposalRequest("关于完善社区养老服务的建议", CONTENT, "社会事业",
                "JOINT", cosigners)).proposalNo();
    }

    ProcessInstance process(String proposalNo) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(proposalNo)
                .processDefinitionKey("proposal-handling").singleResult();
    }

    void register(String proposalNo) {
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
    }

    void assign(String proposalNo, String lead, List<String> coUnits, String mode) {
        assign(proposalNo, lead, coUnits, mode, null);
    }

    void assign(String proposalNo, String lead, List<String> coUnits, String mode, String leader) {
        Map<String, Object> fields = new HashMap<>(Map.of("leadUnit", lead, "coUnits", coUnits, "mode", mode));
        if (leader != null) {
            fields.put("key", true);
            fields.put("supervisingLeader", leader);
        }
        complete("committee", proposalNo, "assign", fields);
    }

    /** Registered and assigned to 财政局 (CZJ) alone; CZJ accepted: waiting for the consultation. */
    String proposalInHandling() {
        String proposalNo = submitIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of(), "LEAD");
        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        return proposalNo;
    }

    void consultAndReply(String proposalNo, String replyClass) {
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "与提案人座谈，听取意见。"));
        complete("unit-a", proposalNo, "reply", reply(replyClass));
    }

    static Map<String, Object> reply(String replyClass) {
        return Map.of("replyClass", replyClass, "replyText", "经研究，已将加装电梯补贴纳入年度财政预算，具体办法正在制定。",
                "publishable", true);
    }
}
