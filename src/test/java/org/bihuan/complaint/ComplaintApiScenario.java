package org.bihuan.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.ApiScenario;
import org.bihuan.support.TestUsers;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint API tests' cases: ent-a's standard complaint, filed and walked to a stage through the API. */
public abstract class ComplaintApiScenario extends ApiScenario {

    /** A complete one-page PDF, as evidence and scans are uploaded. */
    protected static final byte[] ONE_PAGE_PDF = ComplaintAttachmentsApiTest.PDF;

    /** What ent-a files: a valid complaint against a city-level state enterprise (routed to GZW by the DMN). */
    public static Map<String, Object> complaintBody() {
        Map<String, Object> complainant = new LinkedHashMap<>();
        complainant.put("name", "杭州甲乙科技有限公司");
        complainant.put("creditCode", TestUsers.ENT_A_CREDIT_CODE);
        complainant.put("sizeClass", "SMALL");
        complainant.put("contactName", "王经理");
        complainant.put("contactPhone", "13800000001");
        complainant.put("contactEmail", "wang@jiayi.example");
        complainant.put("address", "杭州市西湖区文三路 1 号");
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("name", "某市城市建设集团有限公司");
        respondent.put("creditCode", TestUsers.ENT_B_CREDIT_CODE);
        respondent.put("type", "LARGE_ENTERPRISE");
        respondent.put("region", "市本级");
        respondent.put("address", "杭州市上城区解放路 2 号");
        respondent.put("contactName", "刘主任");
        respondent.put("contactPhone", "0571-88000000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complainant", complainant);
        body.put("respondent", respondent);
        body.put("amountOwed", "1234567.89");
        body.put("contractNo", "HT-2024-001");
        body.put("contractDate", "2024-03-01");
        body.put("paymentDueDate", "2024-12-31");
        body.put("description", "完成软件开发项目并验收合格，对方逾期一年未付款。");
        body.put("inLitigation", false);
        return body;
    }

    /** The complaint body with one field, addressed as "respondent.type", set to a value (null removes it). */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> complaintWith(String path, Object value) {
        Map<String, Object> body = complaintBody();
        String[] steps = path.split("\\.");
        Map<String, Object> target = body;
        for (int i = 0; i < steps.length - 1; i++) {
            target = (Map<String, Object>) target.get(steps[i]);
        }
        if (value == null) {
            target.remove(steps[steps.length - 1]);
        } else {
            target.put(steps[steps.length - 1], value);
        }
        return body;
    }

    /** ent-a files the standard complaint; answers its tracking number. */
    protected String fileComplaint() {
        Reply submitted = as("ent-a").post("/api/complaints", complaintBody());
        assertThat(submitted.status()).as("filing a complaint: %s", submitted.text()).isEqualTo(201);
        return submitted.json().get("trackingNo").asText();
    }

    /** Accepted and transferred to 财政局 (CZJ), unit-a's unit: the case waits for signing. */
    protected String complaintTransferredToCzj() {
        String caseNo = fileComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        return caseNo;
    }

    /** Signed by unit-a on Monday 2 March: handling is due 30 days later. */
    protected String complaintInHandling() {
        String caseNo = complaintTransferredToCzj();
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        return caseNo;
    }

    /** Handled and replied by unit-a: the complainant is asked to evaluate. */
    protected String complaintReplied() {
        String caseNo = complaintInHandling();
        complete("unit-a", caseNo, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "500000.00",
                "reply", "已约谈被投诉单位，双方签订分期还款协议，首期款项已支付。"));
        return caseNo;
    }

    protected JsonNode complaint(String username, String caseNo) {
        Reply reply = as(username).get("/api/complaints/" + caseNo);
        assertThat(reply.status()).as("%s reads %s: %s", username, caseNo, reply.text()).isEqualTo(200);
        return reply.json();
    }

    /** The total of a user's complaint list searched for one tracking number: 1 if they see it, else 0. */
    protected long listed(String username, String caseNo) {
        Reply reply = as(username).get("/api/complaints?q=" + caseNo);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("total").asLong();
    }
}
