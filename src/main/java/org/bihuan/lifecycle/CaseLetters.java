package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFile;

import java.util.List;

/**
 * Where the letters a case has produced can be fetched: a lifecycle's own (a proposal's 答复函) and those of the
 * modules beside it (supervision's 督办通知书). The case view lists what every source answers, so the kernel needs
 * no knowledge of who writes which letter.
 */
public interface CaseLetters {

    /** The letters of this case that exist now; empty when there are none (or the case is not this source's kind). */
    List<Letter> letters(CaseFile file);

    /**
     * The PDF of one of the letters this source listed for the case, for a reader the caller has already let see the
     * case (the officials' case page serves it on the page session, which the Basic-only API would refuse).
     */
    byte[] pdf(CaseFile file, Letter letter);

    /**
     * @param kind      what the letter is, as a code the pages label (e.g. {@code REPLY_LETTER}, {@code SUPERVISION_LETTER})
     * @param reference its document number, when it has one
     * @param href      the API path of its PDF
     */
    record Letter(String kind, String reference, String href) {
    }
}
