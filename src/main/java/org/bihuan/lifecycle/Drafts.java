package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.casefile.Attachment;
import org.bihuan.casefile.CaseDrafts;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.Draft;
import org.bihuan.casefile.DraftFile;
import org.bihuan.casefile.DraftLimits;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts of every case type that can be drafted, for the API and the portal pages alike: the case file keeps them
 * ({@link CaseDrafts}), the case type's {@link DraftSubmitter} says who may keep them, whether they take files, and
 * files them. Submitting validates with the lifecycle's API rules; on success the files become the new case's
 * attachments and the draft is gone, in one transaction; on failure nothing changes and the errors name the fields.
 */
@Service
@Transactional
public class Drafts {

    private final CaseDrafts drafts;
    private final Map<CaseType, DraftSubmitter> submitters = new EnumMap<>(CaseType.class);
    private final ObjectMapper json;

    Drafts(CaseDrafts drafts, List<DraftSubmitter> submitters, ObjectMapper json) {
        this.drafts = drafts;
        this.json = json;
        for (DraftSubmitter submitter : submitters) {
            if (this.submitters.put(submitter.caseType(), submitter) != null) {
                throw new IllegalStateException("two draft submitters registered for " + submitter.caseType());
            }
        }
    }

    /** A case type as a request names it ({@code ?type=COMPLAINT}); one that cannot be drafted is a 400 on {@code type}. */
    public CaseType draftableType(String name) {
        return Arrays.stream(CaseType.values()).filter(t -> t.name().equals(name) && submitters.containsKey(t)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("type", "must be one of " + submitters.keySet()));
    }

    @Transactional(readOnly = true)
    public Limits limits() {
        DraftLimits limits = drafts.limits();
        return new Limits(limits.maxFileSizeBytes(), limits.allowedContentTypes(), limits.maxFiles(), limits.maxDataChars(),
                limits.retentionDays(), List.copyOf(submitters.keySet()),
                submitters.values().stream().filter(DraftSubmitter::takesFiles).map(DraftSubmitter::caseType).toList());
    }

    /** The user's drafts, of one type or (type null) of every type; the most recently changed first. */
    @Transactional(readOnly = true)
    public List<Draft> list(AppUser user, CaseType type) {
        return drafts.list(user, type);
    }

    /** A new draft with the data typed so far; with none, the draft starts with what the lifecycle fills in. */
    public Draft create(AppUser user, CaseType type, ObjectNode data) {
        DraftSubmitter submitter = submitter(type);
        if (!submitter.mayFile(user)) {
            throw new ForbiddenException("this account cannot file a " + type.name().toLowerCase() + ", so it keeps no drafts of one");
        }
        boolean empty = data == null || data.isEmpty();
        return drafts.create(user, type, empty ? submitter.startingData(user, json.createObjectNode()) : data);
    }

    @Transactional(readOnly = true)
    public Draft get(AppUser user, long id) {
        return drafts.get(user, id);
    }

    public Draft update(AppUser user, long id, ObjectNode data) {
        return drafts.update(user, id, data == null ? json.createObjectNode() : data);
    }

    public void delete(AppUser user, long id) {
        drafts.delete(user, id);
    }

    public DraftFile addFile(AppUser user, long id, String filename, byte[] content) {
        Draft draft = drafts.get(user, id);
        if (!submitter(draft.type()).takesFiles()) {
            throw new InvalidRequestException("file", "cannot be added: a " + draft.type().name().toLowerCase() + " takes no files");
        }
        return drafts.addFile(user, id, filename, content);
    }

    public void removeFile(AppUser user, long id, long fileId) {
        drafts.removeFile(user, id, fileId);
    }

    @Transactional(readOnly = true)
    public CaseDrafts.FileContent file(AppUser user, long id, long fileId) {
        return drafts.file(user, id, fileId);
    }

    /** Files the draft through its lifecycle's own submit service; its files become the case's attachments. */
    public Submitted submit(AppUser user, long id) {
        Draft draft = drafts.lockForFiling(user, id);
        DraftSubmitter.Filed filed = submitter(draft.type()).file(user, draft.data());
        List<Attachment> attachments = drafts.filedAs(user, id, filed.caseNo());
        return new Submitted(draft.type(), filed.caseNo(), filed.receipt(), attachments);
    }

    private DraftSubmitter submitter(CaseType type) {
        DraftSubmitter submitter = submitters.get(type);
        if (submitter == null) {
            throw new InvalidRequestException("type", "must be one of " + submitters.keySet());
        }
        return submitter;
    }

    /**
     * What a draft may hold (see {@link DraftLimits}), the case types that can be drafted and those whose drafts take
     * files.
     */
    public record Limits(long maxFileSizeBytes, List<String> allowedContentTypes, int maxFiles, int maxDataChars,
                         long retentionDays, List<CaseType> types, List<CaseType> typesTakingFiles) {
    }

    /** The case a draft became: its type and number, the lifecycle's own receipt, and the attachments it took along. */
    public record Submitted(CaseType type, String caseNo, Object receipt, List<Attachment> attachments) {
    }
}
