package org.bihuan.document;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fonts a document prints in, in order: the office's own font ({@code bihuan.documents.font-file}) when set, then
 * the bundled Noto Serif SC subset ({@code fonts/NotoSerifSC-Regular-GBK.ttf}, every hanzi of GBK). Each character
 * takes the first font that has it; a character none has (CJK Extension B such as 𠮷 U+20BB7) prints as 〓 (the
 * typesetter's mark for a missing character) and is named in a warning, so that one rare character never stops a
 * document and never goes missing silently.
 */
@Component
public class DocumentFonts {

    static final String BUNDLED = "fonts/NotoSerifSC-Regular-GBK.ttf";
    /** 〓 GETA MARK: what a Chinese typesetter puts where a character has no type. */
    static final int REPLACEMENT = 0x3013;

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    private final Path officeFont;
    private final byte[] bundled;

    DocumentFonts(DocumentProperties properties) {
        this.officeFont = properties.fontFile();
        this.bundled = readBundled();
        if (officeFont != null) {
            try (Chain chain = open()) {
                log.info("Documents print in {} ({}), with the bundled Noto Serif SC for the characters it lacks",
                        officeFont, chain.fonts.get(0).getName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] readBundled() {
        try (InputStream font = DocumentFonts.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (font == null) {
                throw new IllegalStateException("the bundled font " + BUNDLED + " is missing from the class path");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + BUNDLED, e);
        }
    }

    /** The fonts, opened for one rendering: PDFBox reads the glyphs it embeds while the document is saved. */
    Chain open() {
        List<Closeable> files = new ArrayList<>();
        List<TrueTypeFont> fonts = new ArrayList<>();
        try {
            if (officeFont != null) {
                TrueTypeFont office = openFile(officeFont, files);
                fonts.add(office);
            }
            TrueTypeFont noto = new TTFParser().parse(new RandomAccessReadBuffer(bundled));
            files.add(noto);
            fonts.add(noto);
            return new Chain(fonts, files);
        } catch (IOException | RuntimeException e) {
            files.forEach(DocumentFonts::closeQuietly);
            if (e instanceof IllegalStateException state) {
                throw state;
            }
            throw new IllegalStateException("cannot open the document fonts: " + e.getMessage(), e);
        }
    }

    private static TrueTypeFont openFile(Path file, List<Closeable> files) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("bihuan.documents.font-file " + file + " cannot be read; point it at a TrueType"
                    + " font (.ttf or .ttc) or leave it unset to print in the bundled Noto Serif SC");
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                files.add(collection);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(face -> {
                    if (first[0] == null) {
                        first[0] = face;
                    }
                });
                if (first[0] == null) {
                    throw new IllegalStateException("bihuan.documents.font-file " + file + " holds no font");
                }
                return first[0];
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            files.add(font);
            return font;
        } catch (IOException e) {
            throw new IllegalStateException("bihuan.documents.font-file " + file + " is not a TrueType font: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Closeable file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // already failing; the first problem is the one to report
        }
    }

    /** A piece of text that one font prints. */
    record Run(int font, String text) {
    }

    /** The fonts of one rendering, first choice first. */
    static final class Chain implements Closeable {

        private final List<TrueTypeFont> fonts;
        private final List<CmapLookup> cmaps = new ArrayList<>();
        private final List<Closeable> files;
        private final Set<String> missing = new TreeSet<>();

        private Chain(List<TrueTypeFont> fonts, List<Closeable> files) throws IOException {
            this.fonts = List.copyOf(fonts);
            this.files = files;
            for (TrueTypeFont font : fonts) {
                cmaps.add(font.getUnicodeCmapLookup(false));
            }
        }

        List<TrueTypeFont> fonts() {
            return fonts;
        }

        /**
         * The text with every character that no font has replaced: a space when it is white space, 〓 otherwise (and
         * remembered for {@link #warnAboutMissing}).
         */
        String printable(String text) {
            StringBuilder printable = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (fontFor(c) >= 0) {
                    printable.appendCodePoint(c);
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    printable.append(' ');
                } else {
                    missing.add("U+%04X %s".formatted(c, new String(Character.toChars(c))));
                    printable.appendCodePoint(REPLACEMENT);
                }
            });
            return printable.toString();
        }

        void warnAboutMissing(String documentTitle) {
            if (!missing.isEmpty()) {
                log.warn("document \"{}\": no font has {}; printed as 〓 (set bihuan.documents.font-file to a font that has them)",
                        documentTitle, missing);
                missing.clear();
            }
        }

        /** The text in pieces, each in the first font that has all of its characters (a printable text only). */
        List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int current = -1;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                int font = fontFor(c);
                if (font < 0) {
                    throw new IllegalArgumentException("no font has U+%04X; make the text printable first".formatted(c));
                }
                if (font != current && !run.isEmpty()) {
                    runs.add(new Run(current, run.toString()));
                    run.setLength(0);
                }
                current = font;
                run.appendCodePoint(c);
            }
            if (!run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
            }
            return runs;
        }

        private int fontFor(int codePoint) {
            for (int i = 0; i < cmaps.size(); i++) {
                if (cmaps.get(i).getGlyphId(codePoint) > 0) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            for (Closeable file : files) {
                file.close();
            }
        }
    }
}
