package org.bihuan.complaint;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.CreditCode;
import org.bihuan.lifecycle.DemoActions;
import org.bihuan.lifecycle.DemoCases;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A few complaints in different stages: new, waiting for 补正, transferred, in handling, replied, rejected. */
@Component
class DemoComplaints implements DemoCases {

    private final ComplaintService complaints;

    DemoComplaints(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public String seed(DemoActions demo) {
        String fresh = submit(demo, "ent-a", "杭州市某区住房和城乡建设局", "GOVERNMENT_BODY", "西湖区", "386500.00");
        String supplement = submit(demo, "ent-b", "某市第一人民医院", "PUBLIC_INSTITUTION", "市本级", "92800.50");
        demo.act("intake", supplement, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", "请补充货物验收单及发票。"));
        String transferred = accepted(demo, "ent-a", "某市城市建设集团有限公司", "LARGE_ENTERPRISE", "市本级", "1250000.00", "GZW");
        String handling = accepted(demo, "ent-b", "某市交通投资集团有限公司", "LARGE_ENTERPRISE", "市本级", "730000.00", "GZW");
        demo.act("unit-b", handling, "signFor", Map.of("decision", "SIGN"));
        String replied = accepted(demo, "ent-a", "某市财政局下属信息中心", "PUBLIC_INSTITUTION", "市本级", "215000.00", "CZJ");
        demo.act("unit-a", replied, "signFor", Map.of("decision", "SIGN"));
        demo.act("unit-a", replied, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "100000.00",
                "reply", "经约谈，被投诉单位已支付首期款 10 万元，余款按协议于三个月内付清。"));
        String rejected = submit(demo, "ent-b", "某民营制造企业", "LARGE_ENTERPRISE", "萧山区", "58000.00");
        demo.act("intake", rejected, "acceptReview", Map.of("decision", "REJECT", "reason", "经核实，该欠款已由人民法院立案受理。"));
        return "%s (new), %s (needs supplement), %s (transferred), %s (in handling), %s (replied), %s (rejected)"
                .formatted(fresh, supplement, transferred, handling, replied, rejected);
    }

    private String accepted(DemoActions demo, String enterprise, String respondent, String type, String region, String amount, String unit) {
        String caseNo = submit(demo, enterprise, respondent, type, region, amount);
        demo.act("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        demo.act("intake", caseNo, "transfer", Map.of("unitCode", unit));
        return caseNo;
    }

    private String submit(DemoActions demo, String enterprise, String respondent, String type, String region, String amount) {
        AppUser account = demo.user(enterprise);
        var request = new ComplaintRequest(
                new ComplaintRequest.Complainant(account.displayName().replaceAll("^.*（(.*)）$", "$1"), account.creditCode(),
                        "SMALL", account.displayName().replaceAll("（.*$", ""), account.phone(), account.email(), "浙江省杭州市"),
                new ComplaintRequest.Respondent(respondent, creditCodeFor(respondent), type, region, "浙江省杭州市", "办公室", "0571-87000000"),
                new BigDecimal(amount), "HT-2025-" + Math.abs(respondent.hashCode() % 1000),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30),
                "我司按合同交付并通过验收，对方至今未支付合同款项，多次催收无果。", false);
        return complaints.submit(account, request).trackingNo();
    }

    /** A made-up but well-formed credit code per demo respondent (organisation code part from the name). */
    private static String creditCodeFor(String name) {
        String digits = String.format("%08d", Math.abs(name.hashCode()) % 100_000_000);
        String first17 = "91330100" + digits + "X";
        return first17 + CreditCode.checkCharacter(first17);
    }
}
