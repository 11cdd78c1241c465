package org.bihuan.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a {@link Letter} as an A4 PDF in the layout of a Chinese official letter, with the used glyphs of a
 * CJK font embedded so that it reads the same on any machine. Fails with a message naming the font to install
 * when the font file is missing (HTTP 503 when it reaches a controller).
 */
@Component
public class LetterPdf {

    private static final Logger log = LoggerFactory.getLogger(LetterPdf.class);
    /** Stroking the outline as well as filling it thickens the strokes: the title's bold, as the font has none. */
    private static final float EMPHASIS_STROKE = 0.6f;

    private final Path fontFile;

    LetterPdf(DocumentProperties properties) {
        this.fontFile = properties.fontFile();
        if (!Files.isReadable(fontFile)) {
            log.warn("Letters (答复函, 督办书) cannot be printed: the font {} is missing; install fonts-wqy-zenhei"
                    + " or set bihuan.documents.font-file", fontFile);
        }
    }

    public byte[] render(Letter letter) {
        try (LetterFont letterFont = LetterFont.open(fontFile); PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, letterFont.font(), true);
            TextWidth width = (text, size) -> {
                try {
                    return font.getStringWidth(text) / 1000 * size;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            for (LetterLayout.Page page : LetterLayout.of(printable(letter, letterFont), width)) {
                draw(document, font, page);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(letter.title());
            information.setAuthor(letter.signatory());
            document.getDocument().setDocumentID(idOf(letter));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the letter " + letter.title(), e);
        }
    }

    /**
     * PDF files carry an ID; left to PDFBox it includes the clock. Derived from the letter instead, the same
     * letter always prints to the same bytes.
     */
    private static COSArray idOf(Letter letter) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(letter.toString().getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(digest, 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Letter printable(Letter letter, LetterFont font) {
        return new Letter(font.printable(letter.title()),
                letter.documentNo() == null ? null : font.printable(letter.documentNo()),
                letter.addressee() == null ? null : font.printable(letter.addressee()),
                printable(letter.paragraphs(), font),
                font.printable(letter.signatory()),
                letter.date(),
                printable(letter.footnotes(), font));
    }

    private static List<String> printable(List<String> texts, LetterFont font) {
        return texts.stream().map(text -> text == null ? "" : font.printable(text)).toList();
    }

    private static void draw(PDDocument document, PDType0Font font, LetterLayout.Page page) throws IOException {
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            for (LetterLayout.Rule rule : page.rules()) {
                content.setLineWidth(0.5f);
                content.moveTo(rule.fromX(), rule.y());
                content.lineTo(rule.toX(), rule.y());
                content.stroke();
            }
            content.setLineWidth(EMPHASIS_STROKE);
            for (LetterLayout.PlacedLine line : page.lines()) {
                content.beginText();
                content.setFont(font, line.size());
                content.setCharacterSpacing(line.characterSpacing());
                if (line.emphasised()) {
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                } else {
                    content.setRenderingMode(RenderingMode.FILL);
                }
                content.newLineAtOffset(line.x(), line.baseline());
                content.showText(line.text());
                content.endText();
            }
        }
    }
}
