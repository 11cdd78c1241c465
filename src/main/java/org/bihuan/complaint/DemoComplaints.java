package org.bihuan.complaint;

import org.bihuan.identity.AppUser;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A few complaints in different stages for the newcomer's first look (default profile only): each is
 * driven through the real services, so what Tasklist and the API show is what the lifecycle produces.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "bihuan.demo.enabled", havingValue = "true")
class DemoComplaints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final ComplaintService complaints;
    private final TaskCompletion tasks;
    private final Users users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoComplaints(ComplaintService complaints, TaskCompletion tasks, Users users, JdbcClient jdbc, TransactionTemplate transaction) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from case_file where case_type = 'COMPLAINT'").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            String fresh = submit("ent-a", "杭州市某区住房和城乡建设局", "GOVERNMENT_BODY", "西湖区", "386500.00");
            String supplement = submit("ent-b", "某市第一人民医院", "PUBLIC_INSTITUTION", "市本级", "92800.50");
            act("intake", supplement, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", "请补充货物验收单及发票。"));
            String transferred = accepted("ent-a", "某市城市建设集团有限公司", "LARGE_ENTERPRISE", "市本级", "1250000.00", "GZW");
            String handling = accepted("ent-b", "某市交通投资集团有限公司", "LARGE_ENTERPRISE", "市本级", "730000.00", "GZW");
            act("unit-b", handling, "signFor", Map.of("decision", "SIGN"));
            String replied = accepted("ent-a", "某市财政局下属信息中心", "PUBLIC_INSTITUTION", "市本级", "215000.00", "CZJ");
            act("unit-a", replied, "signFor", Map.of("decision", "SIGN"));
            act("unit-a", replied, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "100000.00",
                    "reply", "经约谈，被投诉单位已支付首期款 10 万元，余款按协议于三个月内付清。"));
            String rejected = submit("ent-b", "某民营制造企业", "LARGE_ENTERPRISE", "萧山区", "58000.00");
            act("intake", rejected, "acceptReview", Map.of("decision", "REJECT", "reason", "经核实，该欠款已由人民法院立案受理。"));
            log.info("demo complaints created: {} (new), {} (needs supplement), {} (transferred), {} (in handling), {} (replied), {} (rejected)",
                    fresh, supplement, transferred, handling, replied, rejected);
        });
    }

    private String accepted(String enterprise, String respondent, String type, String region, String amount, String unit) {
        String caseNo = submit(enterprise, respondent, type, region, amount);
        act("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        act("intake", caseNo, "transfer", Map.of("unitCode", unit));
        return caseNo;
    }

    private String submit(String enterprise, String respondent, String type, String region, String amount) {
        AppUser account = users.find(enterprise).orElseThrow();
        var request = new ComplaintRequest(
                new ComplaintRequest.Complainant(account.displayName().replaceAll("^.*（(.*)）$", "$1"), account.creditCode(),
                        "SMALL", account.displayName().replaceAll("（.*$", ""), account.phone(), account.email(), "浙江省杭州市"),
                new ComplaintRequest.Respondent(respondent, creditCodeFor(respondent), type, region, "浙江省杭州市", "办公室", "0571-87000000"),
                new BigDecimal(amount), "HT-2025-" + Math.abs(respondent.hashCode() % 1000),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30),
                "我司按合同交付并通过验收，对方至今未支付合同款项，多次催收无果。", false);
        return complaints.submit(account, request).trackingNo();
    }

    private void act(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        tasks.completeAs(users.find(username).orElseThrow(), caseNo, taskKey, new java.util.HashMap<>(fields));
    }

    /** A made-up but well-formed credit code per demo respondent (organisation code part from the name). */
    private static String creditCodeFor(String name) {
        String digits = String.format("%08d", Math.abs(name.hashCode()) % 100_000_000);
        String first17 = "91330100" + digits + "X";
        return first17 + CreditCode.checkCharacter(first17);
    }
}
