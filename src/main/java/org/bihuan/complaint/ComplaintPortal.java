package org.bihuan.complaint;

import org.bihuan.casefile.Attachment;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CasePage;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.task.TaskCompletion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The enterprise portal's door to its complaints: the same service, visibility and completions as the JSON API, so a
 * page holds no rule of its own. Another enterprise's complaint is "not found" here as there.
 */
@Service
@Transactional
public class ComplaintPortal {

    /** The steps of a complaint the complainant itself completes, each a form on its case page. */
    public static final String SUPPLEMENT = "supplement";
    public static final String EVALUATE = "evaluate";
    public static final Set<String> PARTY_STEPS = Set.of(SUPPLEMENT, EVALUATE);

    private final ComplaintService complaints;
    private final TaskCompletion tasks;
    private final CaseFiles caseFiles;

    ComplaintPortal(ComplaintService complaints, TaskCompletion tasks, CaseFiles caseFiles) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.caseFiles = caseFiles;
    }

    /** The complaints the user may see (an enterprise: its own), newest first. */
    @Transactional(readOnly = true)
    public CasePage<ComplaintView.Summary> list(AppUser user, int page, int size) {
        return complaints.list(user, null, null, page, size);
    }

    @Transactional(readOnly = true)
    public ComplaintView view(AppUser user, String caseNo) {
        return complaints.view(user, caseNo);
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(AppUser user, String caseNo) {
        return complaints.attachments(user, caseNo);
    }

    @Transactional(readOnly = true)
    public Download download(AppUser user, String caseNo, long id) {
        ComplaintService.Download download = complaints.download(user, caseNo, id);
        return new Download(download.attachment(), download.content());
    }

    /** The steps of {@link #PARTY_STEPS} waiting for this user on the case, in the order the tasks came. */
    @Transactional(readOnly = true)
    public Set<String> stepsWaitingFor(AppUser user, String caseNo) {
        complaints.view(user, caseNo);
        Set<String> waiting = new LinkedHashSet<>();
        tasks.tasksOf(user, caseNo).stream().map(t -> t.taskKey()).filter(PARTY_STEPS::contains).forEach(waiting::add);
        return waiting;
    }

    /** What the intake clerk asked to be supplemented (the reason of the latest acceptance review), if anything. */
    @Transactional(readOnly = true)
    public Optional<String> supplementRequest(AppUser user, String caseNo) {
        complaints.view(user, caseNo);
        return caseFiles.latestSubmission(caseNo, "acceptReview")
                .filter(s -> "SUPPLEMENT".equals(s.get("decision")))
                .map(s -> (String) s.get("reason"));
    }

    /**
     * Answers a 补正 request: the new files become evidence (checked as every attachment) and the {@code supplement}
     * task is completed with the note, in one transaction. Every file's and the note's verdict are reported together;
     * if any is refused nothing is kept.
     */
    public void supplement(AppUser user, String caseNo, String note, List<NewFile> files) {
        List<Violation> violations = new ArrayList<>();
        for (NewFile file : files) {
            try {
                complaints.attach(user, caseNo, file.filename(), file.content());
            } catch (InvalidRequestException refused) {
                violations.addAll(refused.violations());
            }
        }
        try {
            tasks.completeAs(user, caseNo, SUPPLEMENT, note == null ? Map.of() : Map.of("note", note));
        } catch (InvalidRequestException refused) {
            violations.addAll(refused.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** The complainant rates the result, as {@code POST /api/complaints/{no}/evaluation} does. */
    public void evaluate(AppUser user, String caseNo, Map<String, Object> fields) {
        complaints.evaluate(user, caseNo, fields);
    }

    public record Download(Attachment attachment, byte[] content) {
    }

    /** A file as uploaded: its name and bytes. */
    public record NewFile(String filename, byte[] content) {
    }
}
