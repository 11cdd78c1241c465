package org.bihuan.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * {@code bihuan.documents.*}.
 *
 * @param fontFile   an office's own TrueType font (.ttf, or .ttc whose first face is taken), typically its licensed
 *                   仿宋; when set, PDFs print in it and take from the bundled Noto Serif SC only the characters it
 *                   lacks. Unset (the default), the bundled font prints everything. A set file that cannot be read
 *                   stops the start, naming the file.
 * @param docxFonts  the fonts a DOCX names (Word uses them where installed and substitutes its own elsewhere)
 */
@ConfigurationProperties("bihuan.documents")
record DocumentProperties(Path fontFile, @DefaultValue DocxFonts docxFonts) {

    /** The defaults with this font file (null: the bundled font alone), as the application binds them. */
    static DocumentProperties withFontFile(Path fontFile) {
        return new DocumentProperties(fontFile, new DocxFonts("仿宋", "方正小标宋简体", "Times New Roman"));
    }

    /**
     * @param body  the body, 主送, signature and 版记 (GB/T 9704: 仿宋)
     * @param title the title and the 发文机关标志 (小标宋)
     * @param latin letters and digits
     */
    record DocxFonts(@DefaultValue("仿宋") String body, @DefaultValue("方正小标宋简体") String title,
                     @DefaultValue("Times New Roman") String latin) {
    }
}
