package org.bihuan.proposal;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.bihuan.persistence.SqlTime.instant;

/**
 * 领导领衔督办: the key proposals (重点提案) a leader supervises, as the leader's view lists them, and the leader's
 * 批示 on one. A 批示 is the leader's open supervision task completed when there is one (领导督办 at assignment or at
 * the reply, through the one task completion with its form's rules), otherwise a timeline entry of its own; either
 * way it is on the proposal's timeline, which the lead unit reads, and the lead unit's officials are told through the
 * outbox.
 */
@Service
@Transactional
public class KeyProposals {

    /** The timeline type of a 批示 recorded outside the leader's tasks. */
    public static final String LEADER_INSTRUCTION = "LEADER_INSTRUCTION";
    /** The leader's supervision tasks of proposal-handling.bpmn; their form's note is the 批示. */
    static final Set<String> LEADER_TASKS = Set.of("leaderSupervision", "leaderReviewOfReply");
    /** As the leaderSupervision form allows. */
    public static final int NOTE_MAX_LENGTH = 2000;
    private static final List<String> REPLY_STEPS = List.of("reply", "unitReply");

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final CaseNotices notices;
    private final TaskCompletion tasks;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    KeyProposals(JdbcClient jdbc, CaseFiles caseFiles, CaseVisibility visibility, CaseNotices notices, TaskCompletion tasks,
                 WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.notices = notices;
        this.tasks = tasks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * One key proposal as the leader's view shows it.
     *
     * @param currentStep         the step it waits in (a task key), null when none
     * @param replyDue            when the lead unit's reply is due; null once replied or before assignment
     * @param workingDaysToReply  working days from today to the reply deadline; negative when it has passed; null
     *                            without a deadline
     * @param replyClass          the reply's class (A–D) once answered
     * @param satisfaction        the member's rating
     * @param leaderTaskOpen      the leader has an open supervision task on it, which a 批示 completes
     */
    public record KeyProposal(String proposalNo, String title, String leadUnit, String leadUnitName, String supervisingLeader,
                              String status, String currentStep, Instant replyDue, Integer workingDaysToReply,
                              String replyClass, Instant repliedAt, String satisfaction, boolean leaderTaskOpen) {
    }

    /** Whether the user may see the key proposals' view: a leader (its own), a supervisor or an administrator (all). */
    public boolean mayView(AppUser user) {
        return user.has(Role.LEADER) || user.has(Role.SUPERVISOR) || user.has(Role.ADMIN);
    }

    /** The key proposals the leader supervises; a supervisor (or administrator) sees every key proposal. */
    @Transactional(readOnly = true)
    public List<KeyProposal> supervisedBy(AppUser user) {
        boolean everyone = user.has(Role.SUPERVISOR) || user.has(Role.ADMIN);
        if (!mayView(user)) {
            throw new ForbiddenException("the key proposals' view is for leaders and supervisors");
        }
        List<Object> params = new ArrayList<>();
        String sql = """
                select p.case_no, p.title, p.lead_unit, p.supervising_leader, p.reply_class, p.replied_at,
                       r.status, r.satisfaction, r.current_step
                from proposal p join report_case r on r.case_no = p.case_no
                where p.key_proposal = true""";
        if (!everyone) {
            sql += " and p.supervising_leader = ?";
            params.add(user.username());
        }
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        List<KeyProposal> found = jdbc.sql(sql + " order by p.case_no desc").params(params).query((rs, i) -> {
            String no = rs.getString("case_no");
            Instant repliedAt = instant(rs, "replied_at");
            Instant due = repliedAt != null ? null : replyDue(no);
            return new KeyProposal(no, rs.getString("title"), rs.getString("lead_unit"), notices.unitName(rs.getString("lead_unit")),
                    rs.getString("supervising_leader"), rs.getString("status"), rs.getString("current_step"), due,
                    due == null ? null : workingDaysTo(today, due.atZone(calendar.zone()).toLocalDate()),
                    rs.getString("reply_class"), repliedAt, rs.getString("satisfaction"), false);
        }).list();
        return found.stream().map(p -> leaderTask(user, p.proposalNo()) == null ? p
                : new KeyProposal(p.proposalNo(), p.title(), p.leadUnit(), p.leadUnitName(), p.supervisingLeader(), p.status(),
                p.currentStep(), p.replyDue(), p.workingDaysToReply(), p.replyClass(), p.repliedAt(), p.satisfaction(), true)).toList();
    }

    /**
     * The supervising leader's 批示 on a key proposal: completes the leader's open supervision task with it when there
     * is one, else records it on the timeline; tells the lead unit's officials. Only that proposal's supervising leader
     * writes one; the note is required and at most {@link #NOTE_MAX_LENGTH} characters.
     */
    public void instruct(AppUser leader, String proposalNo, String note) {
        visibility.visibleCase(leader, proposalNo, CaseType.PROPOSAL);
        Map<String, Object> proposal = jdbc.sql("select key_proposal, supervising_leader, lead_unit from proposal where case_no = ?")
                .param(proposalNo).query().singleRow();
        if (!Boolean.TRUE.equals(proposal.get("key_proposal")) || !leader.username().equals(proposal.get("supervising_leader"))) {
            throw new ForbiddenException("only the leader who supervises the key proposal " + proposalNo + " writes its 批示");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("note", "must not be blank");
        }
        if (text.length() > NOTE_MAX_LENGTH) {
            throw new InvalidRequestException("note", "must be at most " + NOTE_MAX_LENGTH + " characters");
        }
        OpenTask task = leaderTask(leader, proposalNo);
        if (task != null) {
            tasks.complete(leader, task.id(), Map.of("note", text));
        } else {
            caseFiles.record(proposalNo, LEADER_INSTRUCTION, leader.username(), text);
        }
        String leadUnit = (String) proposal.get("lead_unit");
        if (leadUnit != null) {
            Instant now = clock.instant();
            notices.toUnit(proposalNo, leadUnit, "proposal.leaderInstruction", Map.of("unitName", notices.unitName(leadUnit),
                    "leaderName", leader.displayName(), "note", text), "leader-instruction:" + proposalNo + ":" + now.toEpochMilli());
        }
    }

    private OpenTask leaderTask(AppUser user, String proposalNo) {
        if (!user.has(Role.LEADER)) {
            return null;
        }
        return tasks.tasksOf(user, proposalNo).stream()
                .filter(t -> LEADER_TASKS.contains(t.taskKey()) && user.username().equals(t.assignee()))
                .findFirst().orElse(null);
    }

    private Instant replyDue(String proposalNo) {
        Map<String, Instant> deadlines = caseFiles.deadlines(proposalNo);
        return REPLY_STEPS.stream().map(deadlines::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private int workingDaysTo(LocalDate today, LocalDate due) {
        return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    }
}
