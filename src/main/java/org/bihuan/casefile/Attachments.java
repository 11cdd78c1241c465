package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Evidence files. The type is decided by the file's first bytes, not by its name or the browser's word:
 * only PDF, JPEG and PNG are kept.
 */
@Service
@Transactional
public class Attachments {

    private enum Kind {
        PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        final String contentType;
        final byte[] magic;

        Kind(String contentType, byte[] magic) {
            this.contentType = contentType;
            this.magic = magic;
        }

        static Optional<Kind> sniff(byte[] content) {
            return Arrays.stream(values())
                    .filter(k -> content.length >= k.magic.length && Arrays.equals(content, 0, k.magic.length, k.magic, 0, k.magic.length))
                    .findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataSize maxSize;

    Attachments(JdbcClient jdbc, Clock clock, @Value("${bihuan.attachments.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public Attachment store(String caseNo, String originalFilename, byte[] content, String uploadedBy) {
        CheckedFile file = check(originalFilename, content);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into attachment (case_no, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, file.filename(), file.contentType(), (long) content.length, file.sha256(), content, uploadedBy, utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        return new Attachment(id, caseNo, file.filename(), file.contentType(), content.length, file.sha256(), uploadedBy, now);
    }

    /** What an upload must be, stated so that a page can say it before the upload. */
    public AttachmentLimits limits() {
        return new AttachmentLimits(maxSize.toBytes(), Arrays.stream(Kind.values()).map(k -> k.contentType).toList());
    }

    /**
     * The one check every uploaded file passes (a case's evidence, a draft's): not empty, within the size limit,
     * a PDF, JPEG or PNG by its first bytes; with a name safe to store and the content's SHA-256.
     */
    CheckedFile check(String originalFilename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new InvalidRequestException("file", "is larger than " + maxSize.toMegabytes() + " MB");
        }
        Kind kind = Kind.sniff(content).orElseThrow(() ->
                new InvalidRequestException("file", "is not a PDF, JPEG or PNG file (judged by its content)"));
        return new CheckedFile(safeName(originalFilename, kind), kind.contentType, sha256(content));
    }

    record CheckedFile(String filename, String contentType, String sha256) {
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(String caseNo) {
        return jdbc.sql("""
                        select id, case_no, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                        from attachment where case_no = ? order by id""")
                .param(caseNo)
                .query((rs, i) -> new Attachment(rs.getLong("id"), rs.getString("case_no"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getString("uploaded_by"), instant(rs, "uploaded_at")))
                .list();
    }

    @Transactional(readOnly = true)
    public byte[] content(String caseNo, long id) {
        return jdbc.sql("select content from attachment where case_no = ? and id = ?").params(caseNo, id)
                .query((rs, i) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new NotFoundException("no attachment " + id + " on case " + caseNo));
    }

    private static String safeName(String original, Kind kind) {
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment." + kind.name().toLowerCase();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
