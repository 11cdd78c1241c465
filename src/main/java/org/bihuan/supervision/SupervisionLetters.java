package org.bihuan.supervision;

import org.bihuan.casefile.CaseFile;
import org.bihuan.lifecycle.CaseLetters;
import org.springframework.stereotype.Component;

import java.util.List;

/** Every 督办通知书 issued on a case ({@code /api/supervision/ledger/{id}/letter.pdf}). */
@Component
class SupervisionLetters implements CaseLetters {

    private static final int ALL = 1000;

    private final SupervisionLedger ledger;

    SupervisionLetters(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<Letter> letters(CaseFile file) {
        return ledger.find(new SupervisionLedger.Filter(file.caseNo(), null, null, null, null, null, ALL)).stream()
                .filter(entry -> entry.letterNo() != null)
                .map(entry -> new Letter("SUPERVISION_LETTER", entry.letterNo(), "/api/supervision/ledger/" + entry.id() + "/letter.pdf"))
                .toList();
    }
}
