package org.bihuan.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An official document (公文) such as a 受理通知书, a proposal reply (答复函) or a supervision letter (督办通知书),
 * ready for {@link LetterPdf} and {@link LetterDocx}. Line breaks inside a paragraph start a new paragraph; a
 * leading full-width indent typed by hand is dropped because every paragraph is indented two characters anyway.
 *
 * @param issuerMark the 发文机关标志 printed in red at the top with a red rule under the number, e.g.
 *                   市清理拖欠企业账款工作领导小组办公室; {@code null} for a plain letter without one
 * @param title      centred, e.g. 关于政协第十三届二次会议第20260068号提案的答复
 * @param documentNo the 发文字号, e.g. 受〔2026〕15号 (centred above the red rule, or under the title without a mark)
 * @param addressee  the 主送 line, e.g. 郑委员：; {@code null} for none
 * @param paragraphs the body
 * @param signatory  the issuing unit, right aligned above the date, e.g. 市财政局
 * @param date       printed as 2026年11月23日
 * @param sealed     whether the signature leaves room for the seal (加盖印章的公文)
 * @param footnotes  small print after the date (附注: 联系人…); {@code null} means none
 * @param copyTo     the 抄送 organs in the 版记; {@code null} means none
 */
public record Letter(String issuerMark,
                     String title,
                     String documentNo,
                     String addressee,
                     List<String> paragraphs,
                     String signatory,
                     LocalDate date,
                     boolean sealed,
                     List<String> footnotes,
                     List<String> copyTo) {

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
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
        issuerMark = issuerMark == null || issuerMark.isBlank() ? null : issuerMark.strip();
    }

    /** A plain letter: no 发文机关标志, no seal space, no 抄送 besides what the footnotes say. */
    public Letter(String title, String documentNo, String addressee, List<String> paragraphs, String signatory, LocalDate date,
                  List<String> footnotes) {
        this(null, title, documentNo, addressee, paragraphs, signatory, date, false, footnotes, List.of());
    }

    /** Every text of the letter through the same change, e.g. replacing what no font can print. */
    Letter mapTexts(java.util.function.UnaryOperator<String> change) {
        return new Letter(issuerMark == null ? null : change.apply(issuerMark), change.apply(title),
                documentNo == null ? null : change.apply(documentNo), addressee == null ? null : change.apply(addressee),
                paragraphs.stream().map(p -> p == null ? "" : change.apply(p)).toList(), change.apply(signatory), date, sealed,
                footnotes.stream().map(f -> f == null ? "" : change.apply(f)).toList(),
                copyTo.stream().map(c -> c == null ? "" : change.apply(c)).toList());
    }
}
