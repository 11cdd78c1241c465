package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The step_deadline table: one row per lifecycle step with who had it (the unit), when it was due, when it
 * ended and how far it was escalated. Lists of what is overdue and the units' numbers read it, not the
 * engine's history.
 */
@Component
public class StepDeadlines {

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;

    StepDeadlines(JdbcClient jdbc, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    void opened(DelegateTask task, String caseNo, CaseType type) {
        jdbc.sql("""
                        insert into step_deadline (task_id, case_no, case_type, step_key, step_name, unit_code, created_at, due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(task.getId(), caseNo, type.name(), task.getTaskDefinitionKey(), task.getName(), responsibleUnit(task),
                        utc(task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant()),
                        task.getDueDate() == null ? null : utc(task.getDueDate().toInstant()))
                .update();
    }

    /**
     * The step began before the engine knew it: a case taken over from the old ledger at this step keeps the day the
     * step really started, for its deadline state and the units' numbers.
     */
    public void backdate(String taskId, Instant startedAt) {
        jdbc.sql("update step_deadline set created_at = ? where task_id = ?").params(utc(startedAt), taskId).update();
    }

    void dueMoved(DelegateTask task) {
        jdbc.sql("update step_deadline set due_at = ? where task_id = ?")
                .params(task.getDueDate() == null ? null : utc(task.getDueDate().toInstant()), task.getId()).update();
    }

    void ended(String taskId, boolean completed) {
        jdbc.sql("update step_deadline set " + (completed ? "completed_at" : "cancelled_at") + " = ? where task_id = ?"
                        + " and completed_at is null and cancelled_at is null")
                .params(utc(clock.instant()), taskId).update();
    }

    /** Notes that an escalation level was reached; OVERDUE-like levels also stamp when the step became overdue. */
    public void escalated(String taskId, String level, boolean marksOverdue) {
        jdbc.sql("update step_deadline set escalation_level = ? where task_id = ?").params(level, taskId).update();
        if (marksOverdue) {
            jdbc.sql("update step_deadline set overdue_at = ? where task_id = ? and overdue_at is null")
                    .params(utc(clock.instant()), taskId).update();
        }
    }

    /** The step the case waits in now: its newest open step (not completed, not cancelled). */
    public Optional<OpenStep> newestOpen(String caseNo) {
        return open(caseNo).stream().findFirst();
    }

    /** Every open step of the case (not completed, not cancelled), the newest first. */
    public List<OpenStep> open(String caseNo) {
        return jdbc.sql("""
                        select task_id, step_key, step_name, unit_code, due_at from step_deadline
                        where case_no = ? and completed_at is null and cancelled_at is null
                        order by created_at desc""")
                .param(caseNo)
                .query((rs, i) -> new OpenStep(rs.getString("task_id"), rs.getString("step_key"), rs.getString("step_name"),
                        rs.getString("unit_code"), instant(rs, "due_at")))
                .list();
    }

    /** An open step: its task, key, name, the unit that must act and its due instant (null when it has none). */
    public record OpenStep(String taskId, String stepKey, String stepName, String unitCode, Instant dueAt) {
    }

    /**
     * Every step the case has had, oldest first, each with the state of its deadline now: met (done in time or without
     * a deadline), running, late (done late, or open past its due instant), paused (its completion stopped the case's
     * clock, which has not run again: 补正, a missing promise) or cancelled (ended without being done).
     *
     * @param pausedSince when the case's clock stopped and has not run again; null when it runs
     */
    public List<StepState> states(String caseNo, Instant pausedSince) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select task_id, step_key, step_name, unit_code, created_at, due_at, completed_at, cancelled_at, overdue_at,
                            escalation_level
                        from step_deadline where case_no = ? order by created_at, task_id""")
                .param(caseNo)
                .query((rs, i) -> {
                    Instant due = instant(rs, "due_at");
                    Instant completed = instant(rs, "completed_at");
                    Instant cancelled = instant(rs, "cancelled_at");
                    StepState.State state;
                    if (cancelled != null) {
                        state = StepState.State.CANCELLED;
                    } else if (completed != null && pausedSince != null && completed.equals(pausedSince)) {
                        state = StepState.State.PAUSED;
                    } else if (completed != null) {
                        state = due != null && completed.isAfter(due) ? StepState.State.LATE : StepState.State.MET;
                    } else {
                        state = due != null && now.isAfter(due) ? StepState.State.LATE : StepState.State.RUNNING;
                    }
                    return new StepState(rs.getString("task_id"), rs.getString("step_key"), rs.getString("step_name"),
                            rs.getString("unit_code"), instant(rs, "created_at"), due, completed, cancelled,
                            instant(rs, "overdue_at"), rs.getString("escalation_level"), state);
                })
                .list();
    }

    /** One step of a case and the state of its deadline ({@link #states}). */
    public record StepState(String taskId, String stepKey, String stepName, String unitCode, Instant createdAt, Instant dueAt,
                            Instant completedAt, Instant cancelledAt, Instant overdueAt, String escalationLevel, State state) {

        public enum State { MET, RUNNING, PAUSED, LATE, CANCELLED }
    }

    public Optional<String> unitOf(String taskId) {
        return jdbc.sql("select unit_code from step_deadline where task_id = ?").param(taskId).query(String.class).optional();
    }

    /** The unit that must act: the unit the step is offered to, or the unit of the role group's officials (intake → 清欠办). */
    private String responsibleUnit(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
                continue;
            }
            String group = link.getGroupId();
            if (users.unit(group).isPresent()) {
                return group;
            }
            Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.camundaGroup().equals(group)).findFirst();
            Optional<String> unit = role.flatMap(r -> users.withRole(r).stream().map(AppUser::unitCode).filter(Objects::nonNull).findFirst());
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        return null;
    }
}
