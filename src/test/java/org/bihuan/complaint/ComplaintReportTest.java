package org.bihuan.complaint;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file's reporting read model (report_case, report_recovery) follows a complaint's steps in their own
 * transaction: what statistics count is what the complaint holds, committed or rolled back with it.
 */
class ComplaintReportTest extends ComplaintScenario {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theReportShowsTheComplaintAsEachStepLeavesIt() {
        String caseNo = complaintReplied();

        Map<String, Object> replied = report(caseNo);
        assertThat(replied).containsEntry("status", "REPLIED").containsEntry("unit_code", "CZJ")
                .containsEntry("party_name", "某市城市建设集团有限公司").containsEntry("party_type", "LARGE_ENTERPRISE")
                .containsEntry("region", "市本级").containsEntry("rehandle_count", 0);
        assertThat(replied.get("satisfaction")).isNull();
        assertThat((BigDecimal) replied.get("amount_owed")).isEqualByComparingTo("1234567.89");
        assertThat((BigDecimal) replied.get("amount_recovered")).isEqualByComparingTo("500000");
        assertThat(recoveries(caseNo)).containsExactly("CZJ 500000.00");

        complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "UNSATISFIED", "comment", "还款计划过长"));
        assertThat(report(caseNo)).containsEntry("satisfaction", "UNSATISFIED").containsEntry("rehandle_count", 1)
                .containsEntry("status", "REHANDLING");

        complete("unit-a", caseNo, "rehandle", Map.of("outcome", "PAID_IN_FULL", "amountRecovered", "1234567.89",
                "reply", "经再次协调，已全额支付。"));
        assertThat((BigDecimal) report(caseNo).get("amount_recovered")).isEqualByComparingTo("1234567.89");
        assertThat(recoveries(caseNo)).as("running totals, oldest first").containsExactly("CZJ 500000.00", "CZJ 1234567.89");
    }

    @Test
    void anEvaluationReachesTheReportBeforeItsTransactionCommits() {
        String caseNo = complaintReplied();
        List<Object> seenBeforeCommit = new ArrayList<>();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "SATISFIED"));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    // after every before-commit step, still inside the transaction that completed the evaluation
                    seenBeforeCommit.add(report(caseNo).get("satisfaction"));
                }
            });
        });

        assertThat(seenBeforeCommit).containsExactly("SATISFIED");
        assertThat(report(caseNo)).containsEntry("satisfaction", "SATISFIED").containsEntry("status", "CLOSED");
    }

    @Test
    void aRolledBackEvaluationLeavesTheReportAsItWas() {
        String caseNo = complaintReplied();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            complaints.evaluate(user("ent-a"), caseNo, Map.of("satisfaction", "UNSATISFIED"));
            status.setRollbackOnly();
        });

        assertThat(caseFiles.get(caseNo).satisfaction()).isNull();
        Map<String, Object> report = report(caseNo);
        assertThat(report.get("satisfaction")).isNull();
        assertThat(report).containsEntry("rehandle_count", 0).containsEntry("status", "REPLIED");
    }

    private Map<String, Object> report(String caseNo) {
        return jdbc.sql("select * from report_case where case_no = ?").param(caseNo).query().singleRow();
    }

    private List<String> recoveries(String caseNo) {
        return jdbc.sql("select unit_code, running_total from report_recovery where case_no = ? order by seq").param(caseNo)
                .query((rs, i) -> rs.getString("unit_code") + " " + rs.getBigDecimal("running_total").setScale(2)).list();
    }
}
