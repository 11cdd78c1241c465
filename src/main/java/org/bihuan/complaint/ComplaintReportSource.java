package org.bihuan.complaint;

import static org.bihuan.persistence.SqlTime.instant;

import org.bihuan.casefile.CaseReportSource;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.ReportFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** A complaint's reporting facts: the respondent, the amounts, the rating and the 清欠台账, from its own tables. */
@Component
class ComplaintReportSource implements CaseReportSource {

    private final JdbcClient jdbc;

    ComplaintReportSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public Optional<ReportFacts> facts(String caseNo) {
        List<ReportFacts.Recovery> recoveries = jdbc.sql("""
                        select unit_code, recorded_at, amount_recovered from complaint_payment
                        where case_no = ? order by recorded_at, id""")
                .param(caseNo)
                .query((rs, i) -> new ReportFacts.Recovery(rs.getString("unit_code"), instant(rs, "recorded_at"),
                        rs.getBigDecimal("amount_recovered")))
                .list();
        return jdbc.sql("""
                        select respondent_name, respondent_type, respondent_region, amount_owed, amount_recovered,
                            complainant_name
                        from complaint where case_no = ?""")
                .param(caseNo)
                .query((rs, i) -> new ReportFacts(rs.getString("respondent_name"), rs.getString("respondent_type"),
                        rs.getString("respondent_region"), null, rs.getBigDecimal("amount_owed"), rs.getBigDecimal("amount_recovered"),
                        recoveries, rs.getString("complainant_name")))
                .optional();
    }
}
