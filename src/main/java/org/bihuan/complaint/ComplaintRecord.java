package org.bihuan.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The complaint-specific part of a case file, as stored. */
record ComplaintRecord(
        String caseNo,
        ComplaintRequest.Complainant complainant,
        ComplaintRequest.Respondent respondent,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        String contractNo,
        LocalDate contractDate,
        LocalDate paymentDueDate,
        String description,
        boolean inLitigation,
        String outcome,
        boolean promisePending) {
}
