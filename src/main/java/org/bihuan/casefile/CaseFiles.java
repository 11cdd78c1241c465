package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case file: the system of record for people. Every write here joins the caller's transaction,
 * which in a process step is the engine's, so the case file and the engine never disagree.
 */
@Service
@Transactional
public class CaseFiles {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    CaseFiles(JdbcClient jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    public void open(CaseFile file) {
        open(file, clock.instant());
    }

    /** Opens the case file with its SUBMITTED entry at {@code submittedAt}: a case taken over from the old ledger was filed then. */
    public void open(CaseFile file, Instant submittedAt) {
        jdbc.sql("""
                insert into case_file (case_no, case_type, title, status, owner_username, unit_code, received_at, channel)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.caseNo(), file.caseType().name(), file.title(), file.status(), file.ownerUsername(),
                        file.unitCode(), utc(file.receivedAt()), file.channel().name())
                .update();
        record(file.caseNo(), submittedAt, "SUBMITTED", file.ownerUsername(), null);
    }

    @Transactional(readOnly = true)
    public long count(CaseType type) {
        return jdbc.sql("select count(*) from case_file where case_type = ?").param(type.name()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> find(String caseNo) {
        return jdbc.sql("select * from case_file where case_no = ?").param(caseNo).query(CaseFiles::caseFile).optional();
    }

    @Transactional(readOnly = true)
    public CaseFile get(String caseNo) {
        return find(caseNo).orElseThrow(() -> new NotFoundException("no case " + caseNo));
    }

    public void linkProcess(String caseNo, String processInstanceId) {
        jdbc.sql("update case_file set process_instance_id = ? where case_no = ?").params(processInstanceId, caseNo).update();
    }

    /** Sets the status and notes the change on the timeline; a repeated status (a loop in the model) is noted once. */
    public void changeStatus(String caseNo, String status) {
        int changed = jdbc.sql("update case_file set status = ? where case_no = ? and status <> ?")
                .params(status, caseNo, status).update();
        if (changed > 0) {
            record(caseNo, "STATUS", SYSTEM, status);
        }
    }

    /** The receipt the case's clocks count from, when it was corrected after filing (a backdated receipt refused). */
    public void correctReceipt(String caseNo, Instant receivedAt) {
        jdbc.sql("update case_file set received_at = ? where case_no = ?").params(utc(receivedAt), caseNo).update();
    }

    public void assignUnit(String caseNo, String unitCode) {
        jdbc.sql("update case_file set unit_code = ? where case_no = ?").params(unitCode, caseNo).update();
    }

    public void close(String caseNo, String reason) {
        jdbc.sql("update case_file set closed_at = ?, closure_reason = ?, current_step = null, current_due = null where case_no = ?")
                .params(utc(clock.instant()), reason, caseNo).update();
    }

    public void record(String caseNo, String type, String actor, String note) {
        record(caseNo, clock.instant(), type, actor, note);
    }

    /** A timeline entry of something that happened at {@code at}: the history a case brought from the old ledger. */
    public void record(String caseNo, Instant at, String type, String actor, String note) {
        jdbc.sql("insert into timeline_event (case_no, at, type, actor, note) values (?, ?, ?, ?, ?)")
                .params(caseNo, utc(at), type, actor, note).update();
    }

    /**
     * Removes the case file and everything the case file keeps about the case (timeline, deadlines, submissions,
     * attachments, access, steps, report rows, comments). Only for a case whose import from the old ledger is undone
     * before anyone worked on it; the lifecycle removes its own record first, the engine its process.
     */
    public void erase(String caseNo) {
        for (String table : List.of("timeline_event", "case_deadline", "task_submission", "attachment", "case_access",
                "step_deadline", "report_recovery", "report_facts", "case_comment")) {
            jdbc.sql("delete from " + table + " where case_no = ?").param(caseNo).update();
        }
        jdbc.sql("delete from case_file where case_no = ?").param(caseNo).update();
    }

    @Transactional(readOnly = true)
    public List<TimelineEvent> timeline(String caseNo) {
        return jdbc.sql("select at, type, actor, note from timeline_event where case_no = ? order by at, id")
                .param(caseNo)
                .query((rs, i) -> new TimelineEvent(instant(rs, "at"), rs.getString("type"), rs.getString("actor"), rs.getString("note")))
                .list();
    }

    /**
     * The timeline as this reader may see it: officials see every entry; the filing party (an enterprise, a member)
     * not the office's internal ones — who handed a task to whom, stand-ins — whose types start with
     * {@value #INTERNAL_PREFIX}.
     */
    @Transactional(readOnly = true)
    public List<TimelineEvent> timelineFor(AppUser reader, String caseNo) {
        return timeline(caseNo).stream().filter(event -> reader.isOfficial() || !event.type().startsWith(INTERNAL_PREFIX)).toList();
    }

    /** Timeline types of the office's internal work (TASK_HANDOVER, TASK_STAND_IN …), not shown to the filing party. */
    public static final String INTERNAL_PREFIX = "TASK_";

    /** Remembers the latest due instant of a named deadline (a step), for the case view. */
    public void setDeadline(String caseNo, String name, Instant due) {
        int updated = jdbc.sql("update case_deadline set due_at = ? where case_no = ? and name = ?")
                .params(utc(due), caseNo, name).update();
        if (updated == 0) {
            jdbc.sql("insert into case_deadline (case_no, name, due_at) values (?, ?, ?)").params(caseNo, name, utc(due)).update();
        }
    }

    @Transactional(readOnly = true)
    public Map<String, Instant> deadlines(String caseNo) {
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        jdbc.sql("select name, due_at from case_deadline where case_no = ? order by due_at")
                .param(caseNo)
                .query(rs -> {
                    deadlines.put(rs.getString("name"), instant(rs, "due_at"));
                });
        return deadlines;
    }

    /** The step a person must act on now (null when none), its due instant and whether any open step is late. */
    public void showCurrentStep(String caseNo, String step, Instant due, boolean overdue) {
        jdbc.sql("update case_file set current_step = ?, current_due = ?, overdue = ? where case_no = ?")
                .params(step, utc(due), overdue, caseNo).update();
    }

    /** The filing party's rating of the result (评价), as the statistics count it. */
    public void recordRating(String caseNo, String satisfaction) {
        jdbc.sql("update case_file set satisfaction = ? where case_no = ?").params(satisfaction, caseNo).update();
    }

    /** One more round of handling (重办); returns how many rounds the case has had. */
    public int countRehandling(String caseNo) {
        jdbc.sql("update case_file set rehandle_count = rehandle_count + 1 where case_no = ?").param(caseNo).update();
        return jdbc.sql("select rehandle_count from case_file where case_no = ?").param(caseNo).query(Integer.class).single();
    }

    public void markOverdue(String caseNo) {
        jdbc.sql("update case_file set overdue = true, overdue_count = overdue_count + 1 where case_no = ?").param(caseNo).update();
    }

    /** Keeps what a person submitted for a task, long texts included, so the engine only carries small typed values. */
    public void saveSubmission(String caseNo, String taskId, String taskKey, String actor, Map<String, Object> data) {
        try {
            jdbc.sql("insert into task_submission (case_no, task_id, task_key, actor, at, data) values (?, ?, ?, ?, ?, ?)")
                    .params(caseNo, taskId, taskKey, actor, utc(clock.instant()), json.writeValueAsString(data)).update();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("submission of " + taskKey + " cannot be stored as JSON", e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> latestSubmission(String caseNo, String taskKey) {
        return jdbc.sql("select data from task_submission where case_no = ? and task_key = ? order by at desc, id desc")
                .params(caseNo, taskKey)
                .query(String.class).list().stream().findFirst().map(this::parse);
    }

    private Map<String, Object> parse(String data) {
        try {
            return json.readValue(data, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored submission is not JSON", e);
        }
    }

    /** All submissions of a task key on a case, oldest first (several people answer a multi-instance step). */
    @Transactional(readOnly = true)
    public List<Submission> submissions(String caseNo, String taskKey) {
        return jdbc.sql("select task_id, actor, at, data from task_submission where case_no = ? and task_key = ? order by at, id")
                .params(caseNo, taskKey)
                .query((rs, i) -> new Submission(rs.getString("task_id"), rs.getString("actor"), instant(rs, "at"), parse(rs.getString("data"))))
                .list();
    }

    /** Lets a person (kind USER) or a unit (kind UNIT) see the case, for the reason given. */
    public void grantAccess(String caseNo, String kind, String principal, String reason) {
        jdbc.sql("""
                insert into case_access (case_no, kind, principal, reason)
                select ?, ?, ?, ? where not exists (
                    select 1 from case_access where case_no = ? and kind = ? and principal = ? and reason = ?)""")
                .params(caseNo, kind, principal, reason, caseNo, kind, principal, reason).update();
    }

    public void revokeAccess(String caseNo, String kind, String principal, String reason) {
        jdbc.sql("delete from case_access where case_no = ? and kind = ? and principal = ? and reason = ?")
                .params(caseNo, kind, principal, reason).update();
    }

    public void revokeAccess(String caseNo, String reason) {
        jdbc.sql("delete from case_access where case_no = ? and reason = ?").params(caseNo, reason).update();
    }

    /**
     * 机构改革: the open cases of a unit that was merged into its successor move there, each with a timeline entry
     * ({@value #UNIT_MERGED}, the note naming both units); the grants the old unit had on cases (a proposal's co-units)
     * and its open steps move with them. Closed cases stay with the old unit for the record and the statistics of their
     * time, and the successor may read them.
     *
     * @return the numbers of the cases that moved
     */
    public List<String> handOverUnit(String fromUnit, String toUnit, String actor, String note) {
        List<String> moved = jdbc.sql("select case_no from case_file where unit_code = ? and closed_at is null order by case_no")
                .param(fromUnit).query(String.class).list();
        jdbc.sql("update case_file set unit_code = ? where unit_code = ? and closed_at is null").params(toUnit, fromUnit).update();
        jdbc.sql("""
                insert into case_access (case_no, kind, principal, reason)
                select f.case_no, 'UNIT', ?, 'PREDECESSOR' from case_file f
                where f.unit_code = ? and not exists (
                    select 1 from case_access a where a.case_no = f.case_no and a.kind = 'UNIT' and a.principal = ? and a.reason = 'PREDECESSOR')""")
                .params(toUnit, fromUnit, toUnit).update();
        List<Object[]> grants = jdbc.sql("select case_no, reason from case_access where kind = 'UNIT' and principal = ?")
                .param(fromUnit).query((rs, i) -> new Object[]{rs.getString("case_no"), rs.getString("reason")}).list();
        for (Object[] grant : grants) {
            grantAccess((String) grant[0], "UNIT", toUnit, (String) grant[1]);
        }
        jdbc.sql("delete from case_access where kind = 'UNIT' and principal = ?").param(fromUnit).update();
        jdbc.sql("update step_deadline set unit_code = ? where unit_code = ? and completed_at is null and cancelled_at is null")
                .params(toUnit, fromUnit).update();
        moved.forEach(caseNo -> record(caseNo, UNIT_MERGED, actor, note));
        return moved;
    }

    /** The timeline type of a case that moved to its unit's successor ({@link #handOverUnit}). */
    public static final String UNIT_MERGED = "UNIT_MERGED";

    public record Submission(String taskId, String actor, Instant at, Map<String, Object> data) {
    }

    static CaseFile caseFile(ResultSet rs, int row) throws SQLException {
        return new CaseFile(
                rs.getString("case_no"),
                CaseType.valueOf(rs.getString("case_type")),
                rs.getString("title"),
                rs.getString("status"),
                rs.getString("owner_username"),
                rs.getString("unit_code"),
                rs.getString("current_step"),
                instant(rs, "current_due"),
                rs.getBoolean("overdue"),
                rs.getInt("overdue_count"),
                instant(rs, "received_at"),
                instant(rs, "closed_at"),
                rs.getString("closure_reason"),
                rs.getString("process_instance_id"),
                rs.getString("satisfaction"),
                rs.getInt("rehandle_count"),
                CaseChannel.valueOf(rs.getString("channel")));
    }


}
