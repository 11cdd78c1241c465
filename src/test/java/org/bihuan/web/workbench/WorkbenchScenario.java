package org.bihuan.web.workbench;

import org.bihuan.support.BrowserScenario;
import org.bihuan.support.TestUsers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench tests' cases, filed through the API by ent-a: a complaint against a government body of the city,
 * which the routing table (complaint-routing.dmn) gives to 市财政局 (CZJ, unit-a's unit).
 */
abstract class WorkbenchScenario extends BrowserScenario {

    static final String COMPLAINANT = "杭州甲乙科技有限公司";
    static final String RESPONDENT = "某市住房和城乡建设局";
    static final String DESCRIPTION = "承建的办公楼维修工程已验收合格，对方逾期八个月未付工程款。";
    static final String AMOUNT_SHOWN = "876,543.21";
    static final String PROPOSAL_TITLE = "关于老旧小区加装电梯的建议";

    /** ent-a's complaint; {@code inLitigation}: it declared the matter is before a court (then it cannot be accepted). */
    String fileComplaint(boolean inLitigation) {
        Map<String, Object> complainant = new LinkedHashMap<>();
        complainant.put("name", COMPLAINANT);
        complainant.put("creditCode", TestUsers.ENT_A_CREDIT_CODE);
        complainant.put("sizeClass", "SMALL");
        complainant.put("contactName", "王经理");
        complainant.put("contactPhone", "13800000001");
        complainant.put("contactEmail", "wang@jiayi.example");
        complainant.put("address", "杭州市西湖区文三路 1 号");
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("name", RESPONDENT);
        respondent.put("creditCode", TestUsers.ENT_B_CREDIT_CODE);
        respondent.put("type", "GOVERNMENT_BODY");
        respondent.put("region", "市本级");
        respondent.put("contactName", "刘主任");
        respondent.put("contactPhone", "0571-88000000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complainant", complainant);
        body.put("respondent", respondent);
        body.put("amountOwed", "876543.21");
        body.put("contractNo", "HT-2025-017");
        body.put("contractDate", "2025-01-15");
        body.put("paymentDueDate", "2025-06-30");
        body.put("description", DESCRIPTION);
        body.put("inLitigation", inLitigation);
        Reply filed = as("ent-a").post("/api/complaints", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    /** member's proposal in its three parts, filed through the API. */
    String fileProposal() {
        Map<String, Object> parts = Map.of("problem", "老旧小区缺少电梯，老人出行困难。", "analysis", "资金和协调机制不足。",
                "suggestions", "一是财政补贴；二是简化审批；三是建立维护基金。");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", PROPOSAL_TITLE);
        body.put("parts", parts);
        body.put("category", "城乡建设");
        body.put("type", "INDIVIDUAL");
        body.put("cosigners", List.of());
        Reply filed = as("member").post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("proposalNo").asText();
    }

    /** member's proposal, registered and assigned to 市财政局 alone by the committee, signed for by unit-a: it waits for consult. */
    String proposalInHandlingAtCzj() {
        String proposalNo = fileProposal();
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        complete("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD"));
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        return proposalNo;
    }
}
