package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.files.UploadedDocument;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts of cases not filed yet, kept on the server so that they open on any device. A draft belongs to the account
 * that started it; to anyone else it does not exist. Files are checked exactly as a case's evidence is
 * ({@link Attachments#check}); when the draft is filed they become the new case's attachments in the filing's
 * transaction and the draft is gone. A draft not changed for {@code bihuan.drafts.retention} is deleted with its files.
 * What the data must be to file is the lifecycle's business, not the case file's: here it is any JSON object.
 */
@Service
@Transactional
public class CaseDrafts {

    private static final String FILE_COLUMNS = "f.id, f.draft_id, f.filename, f.content_type, f.size_bytes, f.sha256, f.uploaded_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final Attachments attachments;
    private final CaseFiles caseFiles;
    private final DraftProperties properties;

    CaseDrafts(JdbcClient jdbc, Clock clock, ObjectMapper json, Attachments attachments, CaseFiles caseFiles,
               DraftProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.attachments = attachments;
        this.caseFiles = caseFiles;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public DraftLimits limits() {
        AttachmentLimits files = attachments.limits();
        return new DraftLimits(files.maxFileSizeBytes(), files.allowedContentTypes(), properties.maxFiles(),
                properties.maxDataChars(), properties.retention().toDays());
    }

    public Draft create(AppUser owner, CaseType type, ObjectNode data) {
        String text = checkedText(data);
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_draft (case_type, owner_username, data, created_at, updated_at) values (?, ?, ?, ?, ?)")
                .params(type.name(), owner.username(), text, utc(now), utc(now))
                .update(keys, "id");
        return get(owner, keys.getKeyAs(Long.class));
    }

    /** The owner's drafts, the most recently changed first; of one case type, or of all when {@code type} is null. */
    @Transactional(readOnly = true)
    public List<Draft> list(AppUser owner, CaseType type) {
        String typeCondition = type == null ? "" : " and d.case_type = ?";
        List<Object> params = type == null ? List.of(owner.username()) : List.of(owner.username(), type.name());
        Map<Long, List<DraftFile>> files = new LinkedHashMap<>();
        jdbc.sql("select " + FILE_COLUMNS + " from case_draft_file f join case_draft d on d.id = f.draft_id"
                        + " where d.owner_username = ?" + typeCondition + " order by f.id")
                .params(params)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong("draft_id"), id -> new ArrayList<>()).add(draftFile(rs));
                });
        return jdbc.sql("select d.* from case_draft d where d.owner_username = ?" + typeCondition
                        + " order by d.updated_at desc, d.id desc")
                .params(params)
                .query((rs, i) -> draft(rs, files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Draft get(AppUser owner, long id) {
        return jdbc.sql("select d.* from case_draft d where d.id = ? and d.owner_username = ?")
                .params(id, owner.username())
                .query((rs, i) -> draft(rs, files(id)))
                .optional().orElseThrow(() -> noDraft(id));
    }

    /** Replaces the form data with what the owner has typed now. */
    public Draft update(AppUser owner, long id, ObjectNode data) {
        String text = checkedText(data);
        lock(owner, id);
        jdbc.sql("update case_draft set data = ?, updated_at = ? where id = ?").params(text, utc(clock.instant()), id).update();
        return get(owner, id);
    }

    public void delete(AppUser owner, long id) {
        lock(owner, id);
        remove(id);
    }

    public DraftFile addFile(AppUser owner, long id, String originalFilename, byte[] content) {
        lock(owner, id);
        UploadedDocument file = attachments.check(originalFilename, content);
        long held = jdbc.sql("select count(*) from case_draft_file where draft_id = ?").param(id).query(Long.class).single();
        if (held >= properties.maxFiles()) {
            throw new InvalidRequestException("file", "cannot be added: a draft holds at most " + properties.maxFiles() + " files");
        }
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into case_draft_file (draft_id, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, file.filename(), file.contentType(), (long) content.length, file.sha256(), content, owner.username(), utc(now))
                .update(keys, "id");
        touch(id, now);
        return new DraftFile(keys.getKeyAs(Long.class), file.filename(), file.contentType(), content.length, file.sha256(), now);
    }

    public void removeFile(AppUser owner, long id, long fileId) {
        lock(owner, id);
        if (jdbc.sql("delete from case_draft_file where id = ? and draft_id = ?").params(fileId, id).update() == 0) {
            throw new NotFoundException("no file " + fileId + " on draft " + id);
        }
        touch(id, clock.instant());
    }

    @Transactional(readOnly = true)
    public FileContent file(AppUser owner, long id, long fileId) {
        get(owner, id);
        return jdbc.sql("select " + FILE_COLUMNS + ", f.content from case_draft_file f where f.id = ? and f.draft_id = ?")
                .params(fileId, id)
                .query((rs, i) -> new FileContent(draftFile(rs), rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("no file " + fileId + " on draft " + id));
    }

    /**
     * The draft, locked until the caller's transaction ends: a second submission of the same draft (a double click,
     * another device) waits, then finds it gone.
     */
    public Draft lockForFiling(AppUser owner, long id) {
        lock(owner, id);
        return get(owner, id);
    }

    /**
     * The draft has become case {@code caseNo}: its files become the case's attachments (as uploaded: same bytes,
     * uploader and time) and the draft is removed, all in the caller's transaction. Answers the case's attachments.
     */
    public List<Attachment> filedAs(AppUser owner, long id, String caseNo) {
        Draft draft = lockForFiling(owner, id);
        CaseFile file = caseFiles.get(caseNo);
        if (file.caseType() != draft.type() || !file.ownerUsername().equals(owner.username())) {
            throw new IllegalStateException("draft " + id + " (" + draft.type() + " of " + owner.username() + ") cannot become case "
                    + caseNo + " (" + file.caseType() + " of " + file.ownerUsername() + ")");
        }
        jdbc.sql("""
                        insert into attachment (case_no, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        select ?, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at
                        from case_draft_file where draft_id = ? order by id""")
                .params(caseNo, id).update();
        for (DraftFile moved : draft.files()) {
            caseFiles.record(caseNo, "ATTACHMENT", owner.username(), moved.filename());
        }
        remove(id);
        return attachments.list(caseNo);
    }

    /** Deletes every draft whose last change is {@code bihuan.drafts.retention} ago or longer; answers how many. */
    public int deleteExpired() {
        var cutoff = utc(clock.instant().minus(properties.retention()));
        jdbc.sql("delete from case_draft_file where draft_id in (select id from case_draft where updated_at <= ?)").param(cutoff).update();
        return jdbc.sql("delete from case_draft where updated_at <= ?").param(cutoff).update();
    }

    public record FileContent(DraftFile file, byte[] content) {
    }

    private void lock(AppUser owner, long id) {
        jdbc.sql("select id from case_draft where id = ? and owner_username = ? for update").params(id, owner.username())
                .query(Long.class).optional().orElseThrow(() -> noDraft(id));
    }

    private void touch(long id, Instant now) {
        jdbc.sql("update case_draft set updated_at = ? where id = ?").params(utc(now), id).update();
    }

    private void remove(long id) {
        jdbc.sql("delete from case_draft_file where draft_id = ?").param(id).update();
        jdbc.sql("delete from case_draft where id = ?").param(id).update();
    }

    private List<DraftFile> files(long id) {
        return jdbc.sql("select " + FILE_COLUMNS + " from case_draft_file f where f.draft_id = ? order by f.id").param(id)
                .query((rs, i) -> draftFile(rs)).list();
    }

    private String checkedText(ObjectNode data) {
        String text;
        try {
            text = json.writeValueAsString(data == null ? json.createObjectNode() : data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("draft data cannot be written as JSON", e);
        }
        if (text.length() > properties.maxDataChars()) {
            throw new InvalidRequestException("body", "is longer than " + properties.maxDataChars() + " characters of JSON");
        }
        return text;
    }

    private Draft draft(ResultSet rs, List<DraftFile> files) throws SQLException {
        Instant updated = instant(rs, "updated_at");
        return new Draft(rs.getLong("id"), CaseType.valueOf(rs.getString("case_type")), rs.getString("owner_username"),
                parse(rs.getString("data")), files, instant(rs, "created_at"), updated, updated.plus(properties.retention()));
    }

    private ObjectNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            return (ObjectNode) node;
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored draft data is not a JSON object", e);
        }
    }

    private static DraftFile draftFile(ResultSet rs) throws SQLException {
        return new DraftFile(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), instant(rs, "uploaded_at"));
    }

    private static NotFoundException noDraft(long id) {
        return new NotFoundException("no draft " + id);
    }
}
