package org.bihuan.supervision;

import org.bihuan.casefile.CaseFile;
import org.bihuan.domain.NotFoundException;
import org.bihuan.lifecycle.CaseLetters;
import org.springframework.stereotype.Component;

import java.util.List;

/** Every 督办通知书 issued on a case ({@code /api/supervision/ledger/{id}/letter.pdf}). */
@Component
class SupervisionLetters implements CaseLetters {

    private static final int ALL = 1000;

    private final SupervisionLedger ledger;
    private final SupervisionLetter letter;

    SupervisionLetters(SupervisionLedger ledger, SupervisionLetter letter) {
        this.ledger = ledger;
        this.letter = letter;
    }

    @Override
    public List<Letter> letters(CaseFile file) {
        return ledger.find(new SupervisionLedger.Filter(file.caseNo(), null, null, null, null, null, ALL)).stream()
                .filter(entry -> entry.letterNo() != null)
                .map(entry -> new Letter("SUPERVISION_LETTER", entry.letterNo(), "/api/supervision/ledger/" + entry.id() + "/letter.pdf"))
                .toList();
    }

    /** The letter's entry by its number, which is unique: the same letter the API renders for that entry. */
    @Override
    public byte[] pdf(CaseFile file, Letter listed) {
        return ledger.find(new SupervisionLedger.Filter(file.caseNo(), null, null, null, null, null, ALL)).stream()
                .filter(entry -> listed.reference() != null && listed.reference().equals(entry.letterNo()))
                .findFirst().map(letter::render)
                .orElseThrow(() -> new NotFoundException("no letter " + listed.reference() + " on case " + file.caseNo()));
    }
}
