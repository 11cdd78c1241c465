package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.NotFoundException;
import org.bihuan.files.FileKind;
import org.bihuan.files.UploadedDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Evidence files. Every upload meets {@link UploadedDocument#check}: only PDF, JPEG and PNG, judged by the
 * file's first bytes, within {@code bihuan.attachments.max-size}.
 */
@Service
@Transactional
public class Attachments {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataSize maxSize;

    Attachments(JdbcClient jdbc, Clock clock, @Value("${bihuan.attachments.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public Attachment store(String caseNo, String originalFilename, byte[] content, String uploadedBy) {
        UploadedDocument file = check(originalFilename, content);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into attachment (case_no, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, file.filename(), file.contentType(), file.size(), file.sha256(), content, uploadedBy, utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        return new Attachment(id, caseNo, file.filename(), file.contentType(), file.size(), file.sha256(), uploadedBy, now);
    }

    /** What an upload must be, stated so that a page can say it before the upload. */
    public AttachmentLimits limits() {
        return new AttachmentLimits(maxSize.toBytes(), Arrays.stream(FileKind.values()).map(FileKind::contentType).toList());
    }

    /** The one check every uploaded file of a case passes (its evidence, a draft's files): see {@link UploadedDocument}. */
    UploadedDocument check(String originalFilename, byte[] content) {
        return UploadedDocument.check("file", originalFilename, content, maxSize, "attachment");
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
}
