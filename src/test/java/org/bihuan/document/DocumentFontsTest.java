package org.bihuan.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which font prints which character: the office's own font first, the bundled Noto Serif SC for what it lacks (堃),
 * and 〓 with a warning for what no font has (𠮷, U+20BB7, outside the Basic Multilingual Plane).
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentFontsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    /** The stand-in has these characters (and ASCII), not 堃. */
    private static final Letter LETTER = new Letter("受理通知书", "受〔2026〕1号", "王堃先生：",
            List.of("您的投诉已予以受理。"), "市清欠办", DATE, List.of());

    private static Path standIn() throws URISyntaxException {
        return Path.of(DocumentFontsTest.class.getResource("/fonts/office-font-stand-in.ttf").toURI());
    }

    /** Each character of the PDF with the name of the font it is drawn in (the subset tag taken off). */
    private static Map<String, String> fontsByCharacter(byte[] pdf) throws IOException {
        Map<String, String> fonts = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        fonts.putIfAbsent(position.getUnicode(), position.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            };
            stripper.getText(document);
        }
        return fonts;
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    @Test
    void a_character_the_office_font_lacks_is_taken_from_the_bundled_font_and_the_rest_stays_in_the_office_font()
            throws IOException, URISyntaxException {
        LetterPdf pdf = new LetterPdf(new DocumentFonts(DocumentProperties.withFontFile(standIn())));

        byte[] printed = pdf.render(LETTER);

        assertThat(textOf(printed)).contains("王堃先生：", "受〔2026〕1号", "您的投诉已予以受理。");
        Map<String, String> fonts = fontsByCharacter(printed);
        assertThat(fonts.get("堃")).isEqualTo("NotoSerifSC-Regular");
        // the stand-in is a subset of the same face, so the names alike; what tells them apart is that they are two fonts
        try (PDDocument document = Loader.loadPDF(printed)) {
            assertThat(document.getPage(0).getResources().getFontNames()).hasSize(2);
        }
        assertThat(fonts).containsKeys("王", "受", "先");
    }

    @Test
    void with_the_bundled_font_alone_every_character_of_the_letter_is_in_one_embedded_font() throws IOException {
        LetterPdf pdf = new LetterPdf(new DocumentFonts(DocumentProperties.withFontFile(null)));

        byte[] printed = pdf.render(LETTER);

        assertThat(textOf(printed)).contains("王堃先生：");
        try (PDDocument document = Loader.loadPDF(printed)) {
            assertThat(document.getPage(0).getResources().getFontNames()).hasSize(1);
        }
    }

    @Test
    void a_character_no_font_has_prints_as_the_geta_mark_and_is_named_in_a_warning(CapturedOutput output) throws IOException {
        LetterPdf pdf = new LetterPdf(new DocumentFonts(DocumentProperties.withFontFile(null)));
        Letter letter = new Letter("关于吉𠮷先生投诉的受理通知书", "受〔2026〕2号", "吉𠮷先生：", List.of("王堃、吉𠮷：您的投诉已受理。"),
                "市清欠办", DATE, List.of());

        String text = textOf(pdf.render(letter));

        assertThat(text).contains("吉〓先生：", "王堃、吉〓：您的投诉已受理。").doesNotContain("𠮷");
        assertThat(output.getOut()).contains("U+20BB7 𠮷", "〓", "bihuan.documents.font-file", "关于吉𠮷先生投诉的受理通知书");
    }
}
