package org.bihuan.document;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LetterPdfInTheApplicationTest extends PostgresIntegrationTest {

    @Autowired
    LetterPdf letterPdf;

    @Test
    void the_application_prints_a_supervision_letter_with_the_configured_font() throws IOException {
        Letter letter = new Letter("督办通知书", "督〔2026〕3号", "市财政局：",
                List.of("你单位承办的投诉件（编号QQ20260015）已超过办理期限5个工作日，请于2026年11月30日前办结并书面报告。"),
                "市清理拖欠企业账款工作领导小组办公室", LocalDate.of(2026, 11, 23), List.of());

        try (PDDocument document = Loader.loadPDF(letterPdf.render(letter))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("督〔2026〕3号", "市财政局：", "QQ20260015", "2026年11月30日前办结", "2026年11月23日");
        }
    }
}
