package org.bihuan.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * {@code bihuan.documents.*}. The default font file is where Debian's and Ubuntu's {@code fonts-wqy-zenhei}
 * installs WenQuanYi Zen Hei: no artifact on Maven Central ships a CJK font that PDFBox can embed.
 *
 * @param fontFile a TrueType font (.ttf, or .ttc whose first face is taken) with Chinese glyphs; its used
 *                 glyphs are embedded in every letter
 */
@ConfigurationProperties("bihuan.documents")
record DocumentProperties(@DefaultValue(WQY_ZENHEI) Path fontFile) {

    static final String WQY_ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
}
