package org.bihuan.proposal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.Draft;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.lifecycle.DraftData;
import org.bihuan.lifecycle.Drafts;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the member portal's pages do, with the rules of the API: a proposal is read from the same JSON as
 * {@code POST /api/proposals} takes (the API's Jackson binding and Bean Validation, every field named at once), drafts
 * are the kernel's drafts of type PROPOSAL, cosigning and evaluating are the lifecycle's tasks completed through the
 * one completion service with their forms' rules, and the reply letter is the one {@code GET …/reply.pdf} renders.
 */
@Service
@Transactional
public class MemberPortal {

    static final String COSIGN = "cosign";
    static final String EVALUATE = "evaluate";

    private final ProposalService proposals;
    private final Drafts drafts;
    private final DraftData requests;
    private final ReplyLetter replyLetter;
    private final TaskCompletion tasks;

    MemberPortal(ProposalService proposals, Drafts drafts, DraftData requests, ReplyLetter replyLetter, TaskCompletion tasks) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.requests = requests;
        this.replyLetter = replyLetter;
        this.tasks = tasks;
    }

    /** Files the proposal the JSON describes (the API's request body); a rejected one names every field at once. */
    public ProposalView.Submitted submit(AppUser member, ObjectNode request) {
        return proposals.submit(member, requests.read(request, ProposalRequest.class));
    }

    @Transactional(readOnly = true)
    public List<Draft> drafts(AppUser member) {
        return drafts.list(member, CaseType.PROPOSAL);
    }

    /** One of the member's proposal drafts; another's, or a complaint draft, is not found. */
    @Transactional(readOnly = true)
    public Draft draft(AppUser member, long id) {
        Draft draft = drafts.get(member, id);
        if (draft.type() != CaseType.PROPOSAL) {
            throw new NotFoundException("no proposal draft " + id);
        }
        return draft;
    }

    /** Keeps what was typed so far, valid or not: a new draft (id null) or the member's draft replaced. */
    public Draft saveDraft(AppUser member, Long id, ObjectNode data) {
        if (id == null) {
            return drafts.create(member, CaseType.PROPOSAL, data);
        }
        draft(member, id);
        return drafts.update(member, id, data);
    }

    /** Files the draft with what the page holds now; on success the draft is gone, on failure nothing changed. */
    public ProposalView.Submitted submitDraft(AppUser member, long id, ObjectNode data) {
        draft(member, id);
        drafts.update(member, id, data);
        return (ProposalView.Submitted) drafts.submit(member, id).receipt();
    }

    @Transactional(readOnly = true)
    public ProposalView view(AppUser user, String proposalNo) {
        return proposals.view(user, proposalNo);
    }

    /** The proposals the member filed or was asked to sign, newest number first. */
    @Transactional(readOnly = true)
    public CasePage<ProposalView.Summary> mine(AppUser member, int page, int size) {
        return proposals.list(member, null, null, null, null, page, size);
    }

    @Transactional(readOnly = true)
    public List<ProposalView.CosignRequest> cosignRequests(AppUser member) {
        return proposals.cosignRequests(member);
    }

    /** The member's open invitation to cosign this proposal, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ProposalView.CosignRequest> cosignRequest(AppUser member, String proposalNo) {
        proposals.visibleCase(member, proposalNo);
        return proposals.cosignRequests(member).stream().filter(r -> r.proposalNo().equals(proposalNo)).findFirst();
    }

    /** {@code decision} CONFIRM or DECLINE, {@code note} optional: the cosign form's rules; none open is a conflict. */
    public void answerCosign(AppUser member, String proposalNo, String decision, String note) {
        proposals.answerCosign(member, proposalNo, fields("decision", decision, "note", note));
    }

    @Transactional(readOnly = true)
    public List<ProposalView.MemberEntry> members(AppUser caller, String q) {
        return proposals.members(caller, q);
    }

    /** 答复函 as PDF, for whoever may read the proposal; before the reply it is a conflict. */
    @Transactional(readOnly = true)
    public byte[] replyLetter(AppUser user, String proposalNo) {
        proposals.visibleCase(user, proposalNo);
        return replyLetter.render(proposalNo);
    }

    /** Whether the user is the one to evaluate the reply now. */
    @Transactional(readOnly = true)
    public boolean evaluationDue(AppUser user, String proposalNo) {
        return evaluateTask(user, proposalNo).isPresent();
    }

    /** The numbers of the proposals whose reply the user is to evaluate now. */
    @Transactional(readOnly = true)
    public Set<String> evaluationsDue(AppUser user) {
        return tasks.tasksOf(user, null).stream().filter(t -> isMine(user, t, EVALUATE)).map(OpenTask::caseNo)
                .collect(Collectors.toSet());
    }

    /**
     * The proposer rates the reply ({@code satisfaction}: SATISFIED, BASICALLY_SATISFIED, UNSATISFIED; {@code comment}
     * optional): the lifecycle's evaluate task, completed as through /api/tasks. No evaluation due is a conflict.
     */
    public void evaluate(AppUser user, String proposalNo, String satisfaction, String comment) {
        proposals.visibleCase(user, proposalNo);
        OpenTask task = evaluateTask(user, proposalNo).orElseThrow(() -> new ConflictException(
                "proposal " + proposalNo + " has no evaluation due from " + user.username()));
        tasks.complete(user, task.id(), fields("satisfaction", satisfaction, "comment", comment));
    }

    private Optional<OpenTask> evaluateTask(AppUser user, String proposalNo) {
        return tasks.tasksOf(user, proposalNo).stream().filter(t -> isMine(user, t, EVALUATE)).findFirst();
    }

    private static boolean isMine(AppUser user, OpenTask task, String taskKey) {
        return taskKey.equals(task.taskKey()) && CaseType.PROPOSAL.processKey().equals(task.processDefinitionKey())
                && user.username().equals(task.assignee());
    }

    /** the form's values as submitted; a blank one is left out (as a client of the API would), so a required one is named missing */
    private static Map<String, Object> fields(String choiceKey, String choice, String textKey, String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (choice != null && !choice.isBlank()) {
            fields.put(choiceKey, choice);
        }
        if (text != null && !text.isBlank()) {
            fields.put(textKey, text);
        }
        return fields;
    }
}
