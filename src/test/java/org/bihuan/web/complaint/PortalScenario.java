package org.bihuan.web.complaint;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.Drafts;
import org.bihuan.support.BrowserScenario;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal tests' cases: ent-a starts each test without a complaint draft, and fills the form with the values
 * below (page field names are the API's JSON paths).
 */
abstract class PortalScenario extends BrowserScenario {

    @Autowired
    Drafts drafts;
    @Autowired
    Users users;

    @BeforeEach
    void noDraftOfEntA() {
        var entA = users.find("ent-a").orElseThrow();
        drafts.list(entA, CaseType.COMPLAINT).forEach(draft -> drafts.delete(entA, draft.id()));
    }

    static Map<String, String> enterpriseStep() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("complainant.name", "杭州甲乙科技有限公司");
        fields.put("complainant.creditCode", TestUsers.ENT_A_CREDIT_CODE);
        fields.put("complainant.sizeClass", "SMALL");
        fields.put("complainant.contactName", "王经理");
        fields.put("complainant.contactPhone", "13800000001");
        fields.put("complainant.contactEmail", "wang@jiayi.example");
        fields.put("complainant.address", "杭州市西湖区文三路 1 号");
        return fields;
    }

    static Map<String, String> respondentStep() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("respondent.name", "某市城市建设集团有限公司");
        fields.put("respondent.creditCode", TestUsers.ENT_B_CREDIT_CODE);
        fields.put("respondent.type", "LARGE_ENTERPRISE");
        fields.put("respondent.region", "市本级");
        fields.put("respondent.address", "杭州市上城区解放路 2 号");
        fields.put("respondent.contactName", "刘主任");
        fields.put("respondent.contactPhone", "0571-88000000");
        return fields;
    }

    static Map<String, String> claimStep() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("amountOwed", "1234567.89");
        fields.put("contractNo", "HT-2024-001");
        fields.put("contractDate", "2024-03-01");
        fields.put("paymentDueDate", "2024-12-31");
        fields.put("description", "完成软件开发项目并验收合格，对方逾期一年未付款。");
        return fields;
    }

    /** ent-a files the complaint of the steps above through the API; answers its tracking number. */
    String fileComplaint() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complainant", unprefixed(enterpriseStep(), "complainant."));
        body.put("respondent", unprefixed(respondentStep(), "respondent."));
        body.putAll(claimStep());
        body.put("inLitigation", false);
        Reply filed = as("ent-a").post("/api/complaints", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    /** Asked for a supplement by intake: the case waits for ent-a's `supplement`. */
    String complaintAwaitingSupplement() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "SUPPLEMENT", "reason", SUPPLEMENT_REASON));
        return caseNo;
    }

    /** Accepted, transferred to CZJ, signed and replied: the case waits for ent-a's `evaluate`. */
    String complaintReplied(String caseNo) {
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        complete("unit-a", caseNo, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "500000.00", "reply", REPLY));
        return caseNo;
    }

    static final String SUPPLEMENT_REASON = "请补充货物验收单及发票。";
    static final String REPLY = "已约谈被投诉单位，双方签订分期还款协议，首期款项已支付。";

    private static Map<String, String> unprefixed(Map<String, String> fields, String prefix) {
        Map<String, String> party = new LinkedHashMap<>();
        fields.forEach((name, value) -> party.put(name.substring(prefix.length()), value));
        return party;
    }

    static Map<String, String> withStep(String step, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("step", step);
        return all;
    }
}
