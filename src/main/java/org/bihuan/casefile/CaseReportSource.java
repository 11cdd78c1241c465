package org.bihuan.casefile;

import java.util.Optional;

/**
 * A lifecycle's side of the reporting read model: it reads its own tables and answers with the case's
 * {@link ReportFacts}. {@link CaseReports} asks it whenever one of its cases changed, in the same transaction.
 */
public interface CaseReportSource {

    CaseType caseType();

    /** Empty when the lifecycle has no record of the case (yet). */
    Optional<ReportFacts> facts(String caseNo);
}
