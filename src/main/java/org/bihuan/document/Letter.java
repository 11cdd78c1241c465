package org.bihuan.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A formal letter (公文 style) such as a proposal reply (答复函) or a supervision letter (督办书), ready for
 * {@link LetterPdf}. Line breaks inside a paragraph start a new paragraph; a leading full-width indent typed
 * by hand is dropped because every paragraph is indented two characters anyway.
 *
 * @param title      centred at the top, e.g. 关于政协第十三届二次会议第20260068号提案的答复
 * @param documentNo centred under the title, e.g. 财复〔2026〕12号; {@code null} for none
 * @param addressee  the salutation line, e.g. 郑委员：; {@code null} for none
 * @param paragraphs the body
 * @param signatory  the issuing unit, right aligned above the date, e.g. 市财政局
 * @param date       printed as 2026年11月23日
 * @param footnotes  small print after the date, e.g. 联系人…, 抄送…; {@code null} means none
 */
public record Letter(String title,
                     String documentNo,
                     String addressee,
                     List<String> paragraphs,
                     String signatory,
                     LocalDate date,
                     List<String> footnotes) {

    public Letter {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a letter needs a title");
        }
        if (signatory == null || signatory.isBlank()) {
            throw new IllegalArgumentException("a letter needs a signatory");
        }
        Objects.requireNonNull(date, "a letter needs a date");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }
}
