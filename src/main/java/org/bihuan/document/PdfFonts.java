package org.bihuan.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one PDF ({@link DocumentFonts.Chain}: the office's own, then the bundled one), each loaded into it as an
 * embedded subset when a character first needs it; texts are measured and shown run by run, each run in the first font
 * that has its characters. Letters and report tables print through it alike.
 */
final class PdfFonts {

    private final PDDocument document;
    private final DocumentFonts.Chain chain;
    private final List<PDType0Font> loaded = new ArrayList<>();

    PdfFonts(PDDocument document, DocumentFonts.Chain chain) {
        this.document = document;
        this.chain = chain;
        for (int i = 0; i < chain.fonts().size(); i++) {
            loaded.add(null);
        }
    }

    /** The text with every character no font has replaced (and remembered for the warning). */
    String printable(String text) {
        return chain.printable(text);
    }

    float width(String text, float size) {
        float width = 0;
        for (DocumentFonts.Run run : chain.runs(text)) {
            try {
                width += font(run.font()).getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /** Shows a printable text at the current text position, inside beginText/endText. */
    void show(PDPageContentStream content, String text, float size) throws IOException {
        for (DocumentFonts.Run run : chain.runs(text)) {
            content.setFont(font(run.font()), size);
            content.showText(run.text());
        }
    }

    private PDType0Font font(int index) {
        if (loaded.get(index) == null) {
            try {
                loaded.set(index, PDType0Font.load(document, chain.fonts().get(index), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded.get(index);
    }
}
