package org.bihuan.web.complaint;

import org.springframework.stereotype.Component;

import java.util.List;
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

    /** A size limit as a page states it: whole megabytes where it is one ("10 MB"), else one decimal. */
    public static String limit(long bytes) {
        long mb = bytes / MB;
        return mb * MB == bytes ? mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    /** "application/pdf", "image/png" → "PDF, PNG": the names people know the types by, the same in every language. */
    public static String typeNames(List<String> contentTypes, String separator) {
        return String.join(separator, contentTypes.stream()
                .map(type -> type.substring(type.indexOf('/') + 1).toUpperCase(Locale.ROOT)).toList());
    }
}
