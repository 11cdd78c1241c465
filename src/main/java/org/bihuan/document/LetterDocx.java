package org.bihuan.document;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The same {@link Letter} as an editable Word document (DOCX) in the same GB/T 9704 layout as {@link LetterPdf}: A4,
 * margins 37/35/28/26 mm, the 发文机关标志 in red over a red rule under the 发文字号, title in 2号, body in 3号 on exact
 * 28 pt lines with a two-character indent, signature and date four characters from the right, seal space, 附注 and
 * 版记, "- 1 -" page numbers. The fonts are named ({@code bihuan.documents.docx-fonts}), not embedded: the office's
 * Word has its 仿宋 and 小标宋.
 */
@Component
public class LetterDocx {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String RED = "E31B23";
    private static final double TEXT_WIDTH_PT = LetterLayout.TEXT_WIDTH;

    private final DocumentProperties.DocxFonts fonts;

    LetterDocx(DocumentProperties properties) {
        this.fonts = properties.docxFonts();
    }

    public byte[] render(Letter letter) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream docx = new ByteArrayOutputStream()) {
            page(document);
            boolean numbered = letter.documentNo() != null && !letter.documentNo().isBlank();
            if (letter.issuerMark() != null) {
                double size = Math.min(LetterLayout.MARK_MAX_SIZE, Math.floor(TEXT_WIDTH_PT / Math.max(1, ems(letter.issuerMark()))));
                XWPFParagraph mark = paragraph(document, ParagraphAlignment.CENTER, size * LetterLayout.MARK_LEADING_FACTOR);
                run(mark, letter.issuerMark(), fonts.title(), size, RED);
                blank(document);
                XWPFParagraph number = paragraph(document, ParagraphAlignment.CENTER, LetterLayout.BODY_LEADING);
                if (numbered) {
                    run(number, letter.documentNo().strip(), fonts.body(), LetterLayout.BODY_SIZE, null);
                }
                border(number, false, RED, 12);
                blank(document);
            }
            for (String line : LetterLayout.paragraphsOf(letter.title())) {
                run(paragraph(document, ParagraphAlignment.CENTER, LetterLayout.TITLE_LEADING), line, fonts.title(),
                        LetterLayout.TITLE_SIZE, null);
            }
            if (numbered && letter.issuerMark() == null) {
                run(paragraph(document, ParagraphAlignment.CENTER, LetterLayout.BODY_LEADING), letter.documentNo().strip(),
                        fonts.body(), LetterLayout.BODY_SIZE, null);
            }
            blank(document);
            if (letter.addressee() != null && !letter.addressee().isBlank()) {
                body(paragraph(document, ParagraphAlignment.LEFT, LetterLayout.BODY_LEADING), letter.addressee().strip());
            }
            for (String text : letter.paragraphs().stream().flatMap(p -> LetterLayout.paragraphsOf(p).stream()).toList()) {
                XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, LetterLayout.BODY_LEADING);
                indent(paragraph).setFirstLineChars(BigInteger.valueOf(200));
                body(paragraph, text);
            }
            signature(document, letter);
            List<String> notes = letter.footnotes().stream().flatMap(f -> LetterLayout.paragraphsOf(f).stream()).toList();
            if (!notes.isEmpty()) {
                blank(document);
                for (int i = 0; i < notes.size(); i++) {
                    XWPFParagraph note = paragraph(document, ParagraphAlignment.LEFT, LetterLayout.SMALL_LEADING);
                    indent(note).setLeftChars(BigInteger.valueOf(100));
                    if (i == 0) {
                        border(note, true, "000000", 4);
                    }
                    run(note, notes.get(i), fonts.body(), LetterLayout.SMALL_SIZE, null);
                }
            }
            List<String> copyTo = letter.copyTo().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
            if (!copyTo.isEmpty()) {
                blank(document);
                XWPFParagraph record = paragraph(document, ParagraphAlignment.LEFT, LetterLayout.RECORD_LEADING);
                CTInd ind = indent(record);
                ind.setLeftChars(BigInteger.valueOf(100));
                ind.setRightChars(BigInteger.valueOf(100));
                ind.setHangingChars(BigInteger.valueOf(300));
                border(record, true, "000000", 8);
                border(record, false, "000000", 8);
                run(record, "抄送：" + String.join("，", copyTo) + "。", fonts.body(), LetterLayout.RECORD_SIZE, null);
            }
            pageNumbers(document);
            document.getProperties().getCoreProperties().setTitle(letter.title());
            document.getProperties().getCoreProperties().setCreator(letter.signatory());
            document.write(docx);
            return docx.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + letter.title() + " as DOCX", e);
        }
    }

    private void signature(XWPFDocument document, Letter letter) {
        blank(document);
        if (letter.sealed()) {
            for (int i = 0; i < LetterLayout.SEAL_LINES; i++) {
                blank(document);
            }
        }
        String date = CHINESE_DATE.format(letter.date());
        double dateEms = ems(date);
        for (String line : LetterLayout.paragraphsOf(letter.signatory())) {
            XWPFParagraph signatory = paragraph(document, ParagraphAlignment.RIGHT, LetterLayout.BODY_LEADING);
            // centred over the date, which stands four characters in from the right edge
            double right = 4 + Math.max(0, (dateEms - ems(line)) / 2);
            indent(signatory).setRightChars(BigInteger.valueOf(Math.round(right * 100)));
            body(signatory, line);
        }
        XWPFParagraph dated = paragraph(document, ParagraphAlignment.RIGHT, LetterLayout.BODY_LEADING);
        indent(dated).setRightChars(BigInteger.valueOf(400));
        body(dated, date);
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setFooter(twips(28));
        margins.setHeader(twips(15));
    }

    /** Millimetres in twentieths of a point, Word's unit. */
    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
    }

    /** "- 1 -" centred under the text block: a PAGE field between dashes. */
    private void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, "- ", fonts.latin(), LetterLayout.PAGE_NUMBER_SIZE, null);
        XWPFRun begin = paragraph.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        instruction.getCTR().addNewInstrText().setStringValue("PAGE");
        XWPFRun separate = paragraph.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, "1", fonts.latin(), LetterLayout.PAGE_NUMBER_SIZE, null);
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph, " -", fonts.latin(), LetterLayout.PAGE_NUMBER_SIZE, null);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, double exactLeading) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(exactLeading, LineSpacingRule.EXACT);
        return paragraph;
    }

    private static void blank(XWPFDocument document) {
        paragraph(document, ParagraphAlignment.LEFT, LetterLayout.BODY_LEADING);
    }

    private void body(XWPFParagraph paragraph, String text) {
        run(paragraph, text, fonts.body(), LetterLayout.BODY_SIZE, null);
    }

    private XWPFRun run(XWPFParagraph paragraph, String text, String eastAsianFont, double size, String color) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(fonts.latin(), XWPFRun.FontCharRange.ascii);
        run.setFontFamily(fonts.latin(), XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        if (color != null) {
            run.setColor(color);
        }
        return run;
    }

    private static CTInd indent(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        return properties.isSetInd() ? properties.getInd() : properties.addNewInd();
    }

    /** A rule above or below the paragraph, {@code eighths} of a point thick. */
    private static void border(XWPFParagraph paragraph, boolean top, String color, int eighths) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
        CTBorder border = top ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.valueOf(1));
        border.setColor(color);
    }

    /** The width of a text in ems: a Chinese character one, a Latin letter or digit half. */
    private static double ems(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }
}
