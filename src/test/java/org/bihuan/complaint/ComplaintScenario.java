package org.bihuan.complaint;

import org.bihuan.support.LifecycleScenario;
import org.bihuan.support.TestUsers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Complaints in the stages the scenarios start from. */
abstract class ComplaintScenario extends LifecycleScenario {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintRecords complaintRecords;

    static ComplaintRequest request(boolean inLitigation) {
        return new ComplaintRequest(
                new ComplaintRequest.Complainant("杭州甲乙科技有限公司", TestUsers.ENT_A_CREDIT_CODE, "SMALL", "王经理",
                        "13800000001", "wang@jiayi.example", "杭州市西湖区文三路 1 号"),
                new ComplaintRequest.Respondent("某市城市建设集团有限公司", "91330100MA2H3B4C61", "LARGE_ENTERPRISE", "市本级",
                        "杭州市上城区解放路 2 号", "刘主任", "0571-88000000"),
                new BigDecimal("1234567.89"), "HT-2024-001", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31),
                "完成软件开发项目并验收合格，对方逾期一年未付款。", inLitigation);
    }

    String submitComplaint() {
        return complaints.submit(user("ent-a"), request(false)).trackingNo();
    }

    ProcessInstance process(String caseNo) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey("arrears-complaint").singleResult();
    }

    /** Accepted, transferred to 财政局 (CZJ) and signed: the case waits in `handle`. */
    String complaintInHandling() {
        String caseNo = submitComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        return caseNo;
    }

    /** Handled and replied: the complainant is asked to evaluate. */
    String complaintReplied() {
        String caseNo = complaintInHandling();
        complete("unit-a", caseNo, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "500000.00",
                "reply", "已约谈被投诉单位，双方签订分期还款协议，首期款项已支付。"));
        return caseNo;
    }
}
