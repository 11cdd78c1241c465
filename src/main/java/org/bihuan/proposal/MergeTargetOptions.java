package org.bihuan.proposal;

import org.bihuan.casefile.CaseType;
import org.bihuan.task.ChoiceOption;
import org.bihuan.task.ChoiceOptions;
import org.bihuan.task.OpenTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** 并案: the proposals another one may join, i.e. the registered ones (not refused, not merged, not itself). */
@Component
class MergeTargetOptions implements ChoiceOptions {

    static final Set<String> REGISTERED = Set.of("ASSIGNED", "IN_HANDLING", "REPLIED", "REHANDLING", "CLOSED");

    private final JdbcClient jdbc;

    MergeTargetOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String valuesKey() {
        return "mergeOptions";
    }

    @Override
    public List<ChoiceOption> offeredFor(OpenTask task) {
        return jdbc.sql("select case_no, title from report_case where case_type = :type and status in (:statuses)"
                        + " and case_no <> :self order by case_no desc")
                .param("type", CaseType.PROPOSAL.name())
                .param("statuses", REGISTERED)
                .param("self", task.caseNo() == null ? "" : task.caseNo())
                .query((rs, i) -> new ChoiceOption(rs.getString("case_no") + " " + rs.getString("title"), rs.getString("case_no")))
                .list();
    }
}
