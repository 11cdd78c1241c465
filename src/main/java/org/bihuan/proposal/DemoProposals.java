package org.bihuan.proposal;

import org.bihuan.identity.Users;
import org.bihuan.task.TaskCompletion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposals in different stages for the newcomer's first look (default profile only), driven through the
 * real services like the demo complaints.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "bihuan.demo.enabled", havingValue = "true")
class DemoProposals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    private final ProposalService proposals;
    private final TaskCompletion tasks;
    private final Users users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoProposals(ProposalService proposals, TaskCompletion tasks, Users users, JdbcClient jdbc, TransactionTemplate transaction) {
        this.proposals = proposals;
        this.tasks = tasks;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from case_file where case_type = 'PROPOSAL'").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            String underReview = submit("member", "关于加快老旧小区加装电梯的建议", "城乡建设", List.of());
            String cosigning = submit("member", "关于完善社区居家养老服务的建议", "社会事业", List.of("member2"));
            String assigned = submit("member2", "关于优化中小企业融资担保的建议", "经济", List.of());
            act("committee", assigned, "review", Map.of("decision", "REGISTER"));
            act("committee", assigned, "assign", Map.of("leadUnit", "CZJ", "mode", "LEAD"));
            String handling = submit("member", "关于推进国有企业及时支付中小企业账款的建议", "经济", List.of());
            act("committee", handling, "review", Map.of("decision", "REGISTER"));
            act("committee", handling, "assign", Map.of("leadUnit", "GZW", "coUnits", List.of("CZJ"), "mode", "LEAD", "key", true,
                    "supervisingLeader", "leader"));
            act("unit-b", handling, "signFor", Map.of("decision", "ACCEPT"));
            act("unit-a", handling, "signFor", Map.of("decision", "ACCEPT"));
            String replied = submit("member2", "关于加强校园周边交通安全的建议", "社会事业", List.of());
            act("committee", replied, "review", Map.of("decision", "REGISTER"));
            act("committee", replied, "assign", Map.of("leadUnit", "CZJ", "mode", "LEAD"));
            act("unit-a", replied, "signFor", Map.of("decision", "ACCEPT"));
            act("unit-a", replied, "consult", Map.of("date", "2026-03-10", "method", "MEETING", "summary", "与提案人座谈，听取具体意见。"));
            act("unit-a", replied, "reply", Map.of("replyClass", "B", "publishable", true,
                    "replyText", "经研究，已将校园周边交通设施改造列入本年度计划，预计年内完成。"));
            String notRegistered = submit("member", "关于为本人所在单位解决编制问题的建议", "其他", List.of());
            act("committee", notRegistered, "review", Map.of("decision", "NOT_REGISTER", "reason", "属于个人及单位具体事务，不符合提案立案条件。"));
            log.info("demo proposals created: {} (under review), {} (cosigning), {} (assigned), {} (key, in handling), {} (replied), {} (not registered)",
                    underReview, cosigning, assigned, handling, replied, notRegistered);
        });
    }

    private String submit(String member, String title, String category, List<String> cosigners) {
        String content = "问题：" + title.replace("关于", "").replace("的建议", "") + "方面仍存在短板。"
                + "分析：相关政策落实不到位，部门协同不足。建议：一是明确责任分工；二是加大资金保障；三是建立定期评估机制。";
        return proposals.submit(users.find(member).orElseThrow(),
                new ProposalRequest(title, content, category, cosigners.isEmpty() ? "INDIVIDUAL" : "JOINT", cosigners)).proposalNo();
    }

    private void act(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        tasks.completeAs(users.find(username).orElseThrow(), caseNo, taskKey, new java.util.HashMap<>(fields));
    }
}
