package org.bihuan.web.complaint;

import org.springframework.stereotype.Component;

import java.util.Locale;

/** A file's size as people read it (B, KB, MB), for templates as {@code ${@fileSizes.of(file.sizeBytes())}}. */
@Component("fileSizes")
public class FileSizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    public String of(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
