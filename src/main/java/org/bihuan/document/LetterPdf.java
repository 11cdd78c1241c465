package org.bihuan.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints {@link Letter}s as an A4 PDF in the layout of a Chinese official document ({@link LetterLayout}), with the
 * used glyphs of its fonts ({@link DocumentFonts}: the office's own, then the bundled one, per character) embedded so
 * that it reads the same on any machine. Several documents print as one PDF, each from a new page.
 */
@Component
public class LetterPdf {

    /** Stroking the outline as well as filling it thickens the strokes: the title's bold, as the font has none. */
    private static final float EMPHASIS_STROKE = 0.6f;
    /** The red of the 发文机关标志 and the 版头 rule. */
    private static final PDColor RED = new PDColor(new float[]{0.86f, 0.08f, 0.09f}, PDDeviceRGB.INSTANCE);
    private static final PDColor BLACK = new PDColor(new float[]{0, 0, 0}, PDDeviceRGB.INSTANCE);

    private final DocumentFonts fonts;

    LetterPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Letter letter) {
        return render(List.of(letter));
    }

    /** One PDF of all the letters in their order, each starting on a new page with its own page numbers. */
    public byte[] render(List<Letter> letters) {
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("nothing to print");
        }
        try (DocumentFonts.Chain chain = fonts.open(); PDDocument document = new PDDocument()) {
            PdfFonts pdfFonts = new PdfFonts(document, chain);
            for (Letter letter : letters) {
                Letter printable = letter.mapTexts(chain::printable);
                chain.warnAboutMissing(letter.title());
                for (LetterLayout.Page page : LetterLayout.of(printable, pdfFonts::width)) {
                    draw(document, pdfFonts, page);
                }
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(letters.get(0).title());
            information.setAuthor(letters.get(0).signatory());
            document.getDocument().setDocumentID(idOf(letters));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print " + letters.get(0).title(), e);
        }
    }

    /**
     * PDF files carry an ID; left to PDFBox it includes the clock. Derived from the letters instead, the same
     * letters always print to the same bytes.
     */
    private static COSArray idOf(List<Letter> letters) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(letters.toString().getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(digest, 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void draw(PDDocument document, PdfFonts fonts, LetterLayout.Page page) throws IOException {
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            for (LetterLayout.Rule rule : page.rules()) {
                content.setStrokingColor(rule.red() ? RED : BLACK);
                content.setLineWidth(rule.thickness());
                content.moveTo(rule.fromX(), rule.y());
                content.lineTo(rule.toX(), rule.y());
                content.stroke();
            }
            content.setLineWidth(EMPHASIS_STROKE);
            for (LetterLayout.PlacedLine line : page.lines()) {
                content.setNonStrokingColor(line.red() ? RED : BLACK);
                content.setStrokingColor(line.red() ? RED : BLACK);
                content.beginText();
                content.setCharacterSpacing(line.characterSpacing());
                content.setRenderingMode(line.emphasised() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                content.newLineAtOffset(line.x(), line.baseline());
                fonts.show(content, line.text(), line.size());
                content.endText();
            }
        }
    }
}
