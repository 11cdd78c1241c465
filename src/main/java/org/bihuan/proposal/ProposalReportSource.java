package org.bihuan.proposal;

import org.bihuan.casefile.CaseReportSource;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.ReportFacts;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** A proposal's reporting facts: its type, category, rating and rehandling, from its own table. */
@Component
class ProposalReportSource implements CaseReportSource {

    private final JdbcClient jdbc;
    private final Users users;

    ProposalReportSource(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public CaseType caseType() {
        return CaseType.PROPOSAL;
    }

    @Override
    public Optional<ReportFacts> facts(String caseNo) {
        String initiator = jdbc.sql("select username from proposal_signer where case_no = ? and position = 0").param(caseNo)
                .query(String.class).optional().flatMap(users::find).map(AppUser::displayName).orElse(null);
        return jdbc.sql("select proposal_type, category from proposal where case_no = ?")
                .param(caseNo)
                .query((rs, i) -> new ReportFacts(null, rs.getString("proposal_type"), null, rs.getString("category"), null, null,
                        List.of(), initiator))
                .optional();
    }
}
