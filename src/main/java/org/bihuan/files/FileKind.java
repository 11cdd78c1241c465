package org.bihuan.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document the application keeps (evidence, business licences), recognised by the file's first
 * bytes, never by its name or the browser's word.
 */
public enum FileKind {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final byte[] magic;

    FileKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileKind> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(k -> content.length >= k.magic.length
                        && Arrays.equals(content, 0, k.magic.length, k.magic, 0, k.magic.length))
                .findFirst();
    }
}
