package org.bihuan.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DOCX of a document, read back with POI: its texts in order, the red 发文机关标志, A4 and the GB/T 9704 margins. */
class LetterDocxTest {

    private static final Letter LETTER = new Letter("市清理拖欠企业账款工作领导小组办公室", "受理通知书", "受〔2026〕15号",
            "杭州甲乙科技有限公司：", List.of("你单位于2026年3月2日提交的投诉收悉。\n经审查，决定予以受理。", "特此通知。"),
            "市清理拖欠企业账款工作领导小组办公室", LocalDate.of(2026, 3, 3), true, List.of("联系人：王明"), List.of("市财政局", "市国资委"));

    private final LetterDocx docx = new LetterDocx(DocumentProperties.withFontFile(null));

    @Test
    void the_docx_holds_the_documents_texts_in_order_with_the_red_issuer_mark() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.render(LETTER)))) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();

            assertThat(texts).containsSubsequence("市清理拖欠企业账款工作领导小组办公室", "受〔2026〕15号", "受理通知书",
                    "杭州甲乙科技有限公司：", "你单位于2026年3月2日提交的投诉收悉。", "经审查，决定予以受理。", "特此通知。",
                    "市清理拖欠企业账款工作领导小组办公室", "2026年3月3日", "联系人：王明", "抄送：市财政局，市国资委。");
            XWPFRun mark = document.getParagraphs().get(0).getRuns().get(0);
            assertThat(mark.getColor()).isEqualTo("E31B23");
            assertThat(mark.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            XWPFRun body = document.getParagraphs().stream().filter(p -> p.getText().startsWith("你单位")).findFirst().orElseThrow()
                    .getRuns().get(0);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);

            // 37 mm and 28 mm in twentieths of a point
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(document.getFooterList()).hasSize(1);
            assertThat(document.getFooterList().get(0).getText()).contains("- ", " -");
        }
    }
}
