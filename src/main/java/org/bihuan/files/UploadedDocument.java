package org.bihuan.files;

import org.bihuan.domain.InvalidRequestException;
import org.springframework.util.unit.DataSize;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file that passed the one check every upload meets: not empty, within the size limit, a PDF, JPEG
 * or PNG by its content. Rejections name the request field the file came in, so a form shows them next to it.
 */
public record UploadedDocument(String filename, FileKind kind, byte[] content, String sha256) {

    private static final int MAX_FILENAME_LENGTH = 200;

    /**
     * @param field            the request field (multipart part) the file came in, named in a rejection
     * @param fallbackBaseName the file name to use, with the kind's extension, when the upload names none
     */
    public static UploadedDocument check(String field, String originalFilename, byte[] content, DataSize maxSize,
                                         String fallbackBaseName) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException(field, "is empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new InvalidRequestException(field, "is larger than " + maxSize.toMegabytes() + " MB");
        }
        FileKind kind = FileKind.sniff(content).orElseThrow(() ->
                new InvalidRequestException(field, "is not a PDF, JPEG or PNG file (judged by its content)"));
        return new UploadedDocument(safeName(originalFilename, kind, fallbackBaseName), kind, content, sha256(content));
    }

    public String contentType() {
        return kind.contentType();
    }

    public long size() {
        return content.length;
    }

    private static String safeName(String original, FileKind kind, String fallbackBaseName) {
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = fallbackBaseName + "." + kind.name().toLowerCase();
        }
        return name.length() > MAX_FILENAME_LENGTH ? name.substring(name.length() - MAX_FILENAME_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
