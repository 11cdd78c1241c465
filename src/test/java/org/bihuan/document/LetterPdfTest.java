package org.bihuan.document;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prints real letters with the bundled font (no system font needed) and reads them back. */
class LetterPdfTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    private final LetterPdf letterPdf = new LetterPdf(new DocumentFonts(DocumentProperties.withFontFile(null)));

    static Letter replyLetter(List<String> paragraphs) {
        return new Letter("关于政协第十三届二次会议第20260068号提案的答复", "财复〔2026〕12号", "郑委员：",
                paragraphs, "市财政局", DATE, List.of("联系单位及电话：市财政局预算处 0571-87654321", "抄送：市政协提案委员会"));
    }

    private static final List<String> REPLY = List.of(
            "您提出的《关于加快清理拖欠中小企业账款的建议》（第20260068号）收悉。经认真研究，现答复如下：",
            "一、建立拖欠账款台账。我局已会同市国资委对全市机关、事业单位和国有企业逐一排查，截至2026年10月底共清偿欠款3.2亿元。",
            "二、完善长效机制。将按期支付情况纳入部门绩效考核，对新增拖欠的单位予以通报。",
            "感谢您对财政工作的关心和支持。");

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s", "");
    }

    @Test
    void a_reply_letter_reads_back_with_title_number_addressee_body_signatory_and_date() throws IOException {
        String text = textOf(letterPdf.render(replyLetter(REPLY)));
        String compact = withoutWhitespace(text);

        assertThat(compact).contains("关于政协第十三届二次会议第20260068号提案的答复", "财复〔2026〕12号", "郑委员：",
                "市财政局", "2026年11月23日", "抄送：市政协提案委员会", "0571-87654321");
        for (String paragraph : REPLY) {
            assertThat(compact).contains(withoutWhitespace(paragraph));
        }
        assertThat(compact.indexOf("郑委员")).isLessThan(compact.indexOf("您提出的"));
        assertThat(compact).contains(withoutWhitespace(REPLY.get(REPLY.size() - 1)) + "市财政局2026年11月23日");
        assertThat(text).doesNotContain("- 1 -");
    }

    @Test
    void a_long_letter_wraps_onto_numbered_pages_and_reads_back_in_order() throws IOException {
        List<String> paragraphs = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "第" + i + "段：对照提案所提建议，我局逐项研究落实，已会同有关部门制定清欠工作方案，明确责任分工和完成时限。")
                .toList();

        byte[] pdf = letterPdf.render(replyLetter(paragraphs));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String compact = withoutWhitespace(new PDFTextStripper().getText(document).replaceAll("(?m)^- \\d+ -$", ""));
            int previous = -1;
            for (String paragraph : paragraphs) {
                int at = compact.indexOf(withoutWhitespace(paragraph));
                assertThat(at).as(paragraph).isGreaterThan(previous);
                previous = at;
            }
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(document)).contains("- 1 -");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            assertThat(lastPage.getText(document))
                    .contains("- " + document.getNumberOfPages() + " -", "2026年11月23日");
        }
    }

    @Test
    void every_font_in_the_letter_is_embedded_as_a_subset() throws IOException {
        byte[] pdf = letterPdf.render(replyLetter(REPLY));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
            });
        }
        assertThat(pdf.length).as("a subset, not the whole 10.9 MB font").isLessThan(300_000);
    }

    @Test
    void a_very_long_latin_word_or_number_and_a_character_the_font_lacks_do_not_stop_the_letter() throws IOException {
        String word = "Supercalifragilistic".repeat(15);
        String number = "1234567890".repeat(20);
        Letter letter = new Letter("关于Bihuan系统的说明", null, null,
                List.of("系统地址：" + word + "。", "账号：" + number, "表情😀符号"), "市清欠办", DATE, null);

        String compact = withoutWhitespace(textOf(letterPdf.render(letter)));

        assertThat(compact).contains(word, number, "表情〓符号", "市清欠办");
    }

    @Test
    void the_same_letter_prints_to_the_same_bytes() {
        assertThat(letterPdf.render(replyLetter(REPLY))).isEqualTo(letterPdf.render(replyLetter(REPLY)));
    }

    @Test
    void an_office_font_file_that_cannot_be_read_stops_the_start_naming_the_file_and_the_setting() {
        assertThatThrownBy(() -> new DocumentFonts(DocumentProperties.withFontFile(Path.of("/nonexistent/simfang.ttf"))))
                .hasMessageContaining("/nonexistent/simfang.ttf")
                .hasMessageContaining("bihuan.documents.font-file");
    }
}
