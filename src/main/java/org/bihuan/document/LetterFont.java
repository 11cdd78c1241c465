package org.bihuan.document;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The CJK font file, opened for one letter: PDFBox reads the glyphs it subsets while the document is saved,
 * so the file stays open until then. One per letter keeps concurrent renderings apart.
 */
final class LetterFont implements Closeable {

    private final Closeable file;
    private final TrueTypeFont font;
    private final CmapLookup unicode;

    private LetterFont(Closeable file, TrueTypeFont font) throws IOException {
        this.file = file;
        this.font = font;
        this.unicode = font.getUnicodeCmapLookup();
    }

    static LetterFont open(Path fontFile) {
        if (!Files.isReadable(fontFile)) {
            throw unavailable(fontFile, "is missing", null);
        }
        try {
            if (fontFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(face -> {
                    if (first[0] == null) {
                        first[0] = face;
                    }
                });
                if (first[0] == null) {
                    collection.close();
                    throw unavailable(fontFile, "holds no font", null);
                }
                return new LetterFont(collection, first[0]);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
            return new LetterFont(font, font);
        } catch (IOException e) {
            throw unavailable(fontFile, "cannot be read as a TrueType font (" + e.getMessage() + ")", e);
        }
    }

    private static LetterFontUnavailableException unavailable(Path fontFile, String problem, Throwable cause) {
        return new LetterFontUnavailableException("cannot print the letter: the Chinese font " + fontFile + " " + problem
                + "; install Debian's or Ubuntu's fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei) or point"
                + " bihuan.documents.font-file at another TrueType font with Chinese glyphs", cause);
    }

    TrueTypeFont font() {
        return font;
    }

    /** The text with every character the font has no glyph for replaced, so that one odd character cannot stop a letter. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (unicode.getGlyphId(c) > 0) {
                printable.appendCodePoint(c);
            } else {
                printable.append(Character.isWhitespace(c) ? ' ' : '?');
            }
        });
        return printable.toString();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
