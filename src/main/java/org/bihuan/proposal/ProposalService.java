package org.bihuan.proposal;

import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseListQuery;
import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseExtensions;
import org.bihuan.lifecycle.CaseIntake;
import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.lifecycle.ExtensionRequest;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletion;
import org.bihuan.domain.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.bihuan.persistence.SqlTime.instant;

@Service
@Transactional
class ProposalService {

    private static final String COSIGN = "cosign";
    /** a page shows the first matches and asks for more letters, not the whole membership */
    static final int MEMBER_LOOKUP_LIMIT = 50;

    private final CaseIntake intake;
    private final CaseExtensions extensions;
    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final ProposalRecords proposals;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final CaseNotices notices;
    private final Users users;
    private final TaskCompletion taskCompletion;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublishedReplies publishedReplies;
    private final CppccSessions sessions;

    /** The API's list of published replies (no paging there) holds at most this many, newest first. */
    static final int PUBLISHED_LIST_LIMIT = PublishedReplies.MAX_PAGE_SIZE;

    ProposalService(CaseIntake intake, CaseExtensions extensions, CaseFiles caseFiles, CaseVisibility visibility,
                    ProposalRecords proposals, Deadlines deadlines, WorkingDayCalendar calendar, CaseNotices notices,
                    Users users, TaskCompletion taskCompletion, JdbcClient jdbc, Clock clock, PublishedReplies publishedReplies,
                    CppccSessions sessions) {
        this.sessions = sessions;
        this.intake = intake;
        this.extensions = extensions;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.proposals = proposals;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.notices = notices;
        this.users = users;
        this.taskCompletion = taskCompletion;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publishedReplies = publishedReplies;
    }

    /**
     * Files the proposal in the CPPCC session open today (if any) under the next number of that session's year (of the
     * calendar year when none is open: {@link CppccSessions#numberYear}, which the kernel numbers by too) and starts
     * its lifecycle.
     */
    ProposalView.Submitted submit(AppUser member, ProposalRequest request) {
        if (!member.has(Role.MEMBER)) {
            throw new ForbiddenException("only a CPPCC member can file a proposal");
        }
        List<String> cosigners = checkedCosigners(member, request);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        Long sessionId = sessions.openOn(today).map(CppccSession::id).orElse(null);
        int year = sessions.numberYear(today);
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposer", member.username());
        variables.put("cosignerCount", cosigners.size());
        variables.put("submittedAt", Date.from(now));
        variables.put("cosignDue", Date.from(deadlines.due("proposal.cosign", now)));
        String proposalNo = intake.open(CaseType.PROPOSAL, member, request.title(), now, no -> {
            proposals.insert(no, year, sessionId, request);
            proposals.addSigner(no, member.username(), 0, "INITIATOR");
            for (int i = 0; i < cosigners.size(); i++) {
                proposals.addSigner(no, cosigners.get(i), i + 1, "INVITED");
                caseFiles.grantAccess(no, "USER", cosigners.get(i), "COSIGNER");
            }
        }, variables).caseNo();
        notices.toUsers(proposalNo, List.of(member.username()), "proposal.submitted", Map.of(), "submitted:" + proposalNo);
        return new ProposalView.Submitted(proposalNo, caseFiles.get(proposalNo).status());
    }

    /** The cosigners a member names: only on a joint proposal, each a member, named once, not the initiator. */
    List<String> checkedCosigners(AppUser member, ProposalRequest request) {
        List<String> cosigners = request.cosignersOrEmpty();
        List<Violation> violations = new ArrayList<>();
        if ("JOINT".equals(request.type()) && cosigners.isEmpty()) {
            violations.add(new Violation("cosigners", "a joint proposal needs at least one cosigner"));
        }
        if (!"JOINT".equals(request.type()) && !cosigners.isEmpty()) {
            violations.add(new Violation("cosigners", "only a JOINT proposal has cosigners"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cosigners.size(); i++) {
            String username = cosigners.get(i);
            String field = "cosigners[" + i + "]";
            if (username.equals(member.username())) {
                violations.add(new Violation(field, "is the initiator, who signs first anyway"));
            } else if (!seen.add(username)) {
                violations.add(new Violation(field, "is named twice"));
            } else if (users.find(username).filter(u -> u.has(Role.MEMBER)).isEmpty()) {
                violations.add(new Violation(field, "is not a CPPCC member: " + username));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return cosigners;
    }

    @Transactional(readOnly = true)
    ProposalView view(AppUser user, String proposalNo) {
        CaseFile file = visibleCase(user, proposalNo);
        ProposalRecord proposal = proposals.get(proposalNo);
        List<ProposalView.SignerView> signers = proposals.signers(proposalNo).stream()
                .map(s -> new ProposalView.SignerView(s.username(), notices.displayName(s.username()), s.position(), s.status())).toList();
        List<ProposalView.UnitView> units = proposals.units(proposalNo).stream()
                .map(u -> new ProposalView.UnitView(u.unitCode(), notices.unitName(u.unitCode()), u.role(), u.status(),
                        u.replyClass(), u.replyText(), u.publishable(), u.repliedAt())).toList();
        return ProposalView.of(file, proposal, sessionName(proposal), signers, units, proposals.mergedInto(proposalNo),
                caseFiles.deadlines(proposalNo), caseFiles.timelineFor(user, proposalNo));
    }

    /** The name of the proposal's CPPCC session (七届二次会议), null when it has none. */
    String sessionName(ProposalRecord proposal) {
        return proposal.sessionId() == null ? null : sessions.find(proposal.sessionId()).map(CppccSession::name).orElse(null);
    }

    @Transactional(readOnly = true)
    CasePage<ProposalView.Summary> list(AppUser user, String status, String q, Integer year, Boolean key, int page, int size) {
        CaseListQuery query = CaseListQuery.of(visibility, user, CaseType.PROPOSAL, "f", status, page, size);
        if (year != null) {
            query.and("p.session_year = ?", year);
        }
        if (key != null) {
            query.and("p.key_proposal = ?", key);
        }
        CasePage<ProposalView.Summary> found = query.search(q, "f.case_no", "p.title", "p.category")
                .page(jdbc, "proposal p", """
                                f.case_no, p.title, p.category, p.proposal_type, f.status, p.lead_unit, p.key_proposal,
                                f.current_step, f.current_due, f.overdue, f.received_at, p.replied_at, p.reply_text""",
                        "f.case_no desc",
                        (rs, i) -> new ProposalView.Summary(rs.getString("case_no"), rs.getString("title"), rs.getString("category"),
                                rs.getString("proposal_type"), rs.getString("status"), rs.getString("lead_unit"), rs.getBoolean("key_proposal"),
                                rs.getString("current_step"), instant(rs, "current_due"), rs.getBoolean("overdue"),
                                instant(rs, "received_at"), List.of(),
                                instant(rs, "replied_at") != null && rs.getString("reply_text") != null));
        Map<String, List<ProposalView.UnitRef>> units = new HashMap<>();
        if (!found.items().isEmpty()) {
            jdbc.sql("""
                            select case_no, unit_code, role from proposal_unit where case_no in (:numbers)
                            order by case role when 'LEAD' then 0 else 1 end, unit_code""")
                    .param("numbers", found.items().stream().map(ProposalView.Summary::proposalNo).toList())
                    .query(rs -> {
                        units.computeIfAbsent(rs.getString("case_no"), no -> new ArrayList<>()).add(new ProposalView.UnitRef(
                                rs.getString("unit_code"), notices.unitName(rs.getString("unit_code")), rs.getString("role")));
                    });
        }
        return new CasePage<>(found.items().stream().map(p -> p.withUnits(units.getOrDefault(p.proposalNo(), List.of()))).toList(),
                found.page(), found.size(), found.total());
    }

    /** Published replies, for anyone: the proposers by name only, no contact details, no internal notes. */
    List<PublishedReply> published(Integer year) {
        return published(null, year, null);
    }

    List<PublishedReply> published(String words, Integer year, String category) {
        return publishedReplies.search(new PublishedReplies.Search(words, year, category, 0, PUBLISHED_LIST_LIMIT)).items();
    }

    /** The proposals a member is asked to cosign and has not answered yet, the soonest due first. */
    @Transactional(readOnly = true)
    List<ProposalView.CosignRequest> cosignRequests(AppUser member) {
        return taskCompletion.tasksOf(member, null).stream()
                .filter(task -> COSIGN.equals(task.taskKey()) && task.caseNo() != null && member.username().equals(task.assignee()))
                .map(task -> {
                    ProposalRecord p = proposals.get(task.caseNo());
                    CaseFile file = caseFiles.get(task.caseNo());
                    return new ProposalView.CosignRequest(task.caseNo(), p.title(), p.category(), file.ownerUsername(),
                            notices.displayName(file.ownerUsername()), file.receivedAt(), task.due());
                })
                .sorted(java.util.Comparator.comparing(ProposalView.CosignRequest::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The member answers his invitation to cosign ({@code decision}: CONFIRM or DECLINE, optional {@code note}): the
     * same completion as through /api/tasks, with the cosign form's rules. No open invitation is a conflict.
     */
    void answerCosign(AppUser member, String proposalNo, Map<String, Object> fields) {
        visibleCase(member, proposalNo);
        OpenTask task = taskCompletion.tasksOf(member, proposalNo).stream()
                .filter(t -> COSIGN.equals(t.taskKey()) && member.username().equals(t.assignee())).findFirst()
                .orElseThrow(() -> new ConflictException("proposal " + proposalNo + " has no open invitation for "
                        + member.username() + " to cosign"));
        taskCompletion.complete(member, task.id(), fields);
    }

    /**
     * CPPCC members by username or name, for choosing cosigners: username and display name only, never contacts;
     * the caller is left out (the initiator signs first anyway). For members and the committee.
     */
    @Transactional(readOnly = true)
    List<ProposalView.MemberEntry> members(AppUser caller, String q) {
        if (!caller.has(Role.MEMBER) && !caller.has(Role.COMMITTEE)) {
            throw new ForbiddenException("only CPPCC members and the committee look up members");
        }
        String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        return users.withRole(Role.MEMBER).stream()
                .filter(u -> !u.username().equals(caller.username()))
                .filter(u -> needle.isEmpty() || u.username().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || u.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .limit(MEMBER_LOOKUP_LIMIT)
                .map(u -> new ProposalView.MemberEntry(u.username(), u.displayName()))
                .toList();
    }

    /** The lead unit asks the committee for more time to reply; the reply deadline keeps running meanwhile. */
    void requestExtension(AppUser user, String proposalNo, ExtensionRequest request) {
        extensions.request(user, CaseType.PROPOSAL, proposalNo, request);
    }

    CaseFile visibleCase(AppUser user, String proposalNo) {
        return visibility.visibleCase(user, proposalNo, CaseType.PROPOSAL);
    }
}
