package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.utc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the reporting read model (report_facts, report_recovery; read through report_case, report_step and
 * report_recovery) current in one place. A lifecycle's facts change only in its steps, so every engine event of
 * a lifecycle process notes its case, and just before the transaction commits each noted case's rows are
 * rewritten from its lifecycle's {@link CaseReportSource}: the case, the engine state and the report commit or
 * roll back together, and no delegate has to remember the report.
 */
@Component
public class CaseReports {

    private static final Object CHANGED_CASES = CaseReports.class.getName() + ".changedCases";

    private final JdbcClient jdbc;
    private final Map<CaseType, CaseReportSource> sources = new EnumMap<>(CaseType.class);

    CaseReports(JdbcClient jdbc, List<CaseReportSource> sources) {
        this.jdbc = jdbc;
        for (CaseReportSource source : sources) {
            if (this.sources.put(source.caseType(), source) != null) {
                throw new IllegalStateException("two report sources for " + source.caseType());
            }
        }
    }

    @EventListener
    public void onExecutionEvent(DelegateExecution execution) {
        if (isLifecycle(execution.getProcessDefinitionId())) {
            changed(execution.getProcessBusinessKey());
        }
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (isLifecycle(task.getProcessDefinitionId()) && task.getExecution() != null) {
            changed(task.getExecution().getProcessBusinessKey());
        }
    }

    /**
     * The case changed outside the engine: its report rows are rewritten before the current transaction commits
     * (at once when there is no transaction).
     */
    public void changed(String caseNo) {
        if (caseNo == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(caseNo);
            return;
        }
        changedInThisTransaction().add(caseNo);
    }

    /** Rewrites the case's report rows from its lifecycle's facts now, in the caller's transaction. */
    public void refresh(String caseNo) {
        Optional<CaseType> type = jdbc.sql("select case_type from case_file where case_no = ?").param(caseNo)
                .query(String.class).optional().map(CaseType::valueOf);
        Optional<ReportFacts> facts = type.map(sources::get).flatMap(source -> source.facts(caseNo));
        if (facts.isEmpty()) {
            return;
        }
        ReportFacts f = facts.get();
        Object[] values = {f.partyName(), f.partyType(), f.region(), f.category(), f.amountOwed(), f.amountRecovered(),
                f.filerName(), caseNo};
        int updated = jdbc.sql("""
                        update report_facts set party_name = ?, party_type = ?, region = ?, category = ?, amount_owed = ?,
                            amount_recovered = ?, filer_name = ?
                        where case_no = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into report_facts (party_name, party_type, region, category, amount_owed, amount_recovered,
                                filer_name, case_no)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        }
        jdbc.sql("delete from report_recovery where case_no = ?").param(caseNo).update();
        int seq = 0;
        for (ReportFacts.Recovery recovery : f.recoveries()) {
            jdbc.sql("insert into report_recovery (case_no, seq, unit_code, recorded_at, running_total) values (?, ?, ?, ?, ?)")
                    .params(caseNo, ++seq, recovery.unitCode(), utc(recovery.recordedAt()), recovery.runningTotal())
                    .update();
        }
    }

    private Set<String> changedInThisTransaction() {
        @SuppressWarnings("unchecked")
        Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(CHANGED_CASES);
        if (changed == null) {
            Set<String> cases = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(CHANGED_CASES, cases);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // the engine has flushed its state by now; a refresh never notes a case again, the loop is for safety
                    while (!cases.isEmpty()) {
                        String caseNo = cases.iterator().next();
                        cases.remove(caseNo);
                        refresh(caseNo);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_CASES);
                }
            });
            changed = cases;
        }
        return changed;
    }

    private static boolean isLifecycle(String processDefinitionId) {
        return processDefinitionId != null && processDefinitionId.indexOf(':') > 0
                && CaseType.ofProcess(processDefinitionId.substring(0, processDefinitionId.indexOf(':'))).isPresent();
    }
}
