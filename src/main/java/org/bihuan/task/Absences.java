package org.bihuan.task;

import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stand-ins (代岗): while an official is away, the tasks that would be theirs go to a colleague of the same unit and
 * come back when the absence ends — the new tasks assigned to them (a task listener on every user task) and the
 * open tasks they hold (when the absence starts). Each move is noted on the case's timeline. A task offered to the
 * unit and claimed by nobody needs nothing: the stand-in sees it already.
 *
 * <p>{@link #startAndEndDue()} starts the absences whose first day has come and ends those whose last day has
 * passed; it runs on a schedule ({@code bihuan.tasks.absence-check-interval}) and when an absence is announced or
 * withdrawn.
 */
@Service
@Transactional
public class Absences {

    static final String STAND_IN = "TASK_STAND_IN";
    static final String STAND_IN_RETURNED = "TASK_STAND_IN_RETURNED";
    private static final Logger log = LoggerFactory.getLogger(Absences.class);

    private final JdbcClient jdbc;
    private final Users users;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseFiles caseFiles;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final TaskProperties properties;
    private final TransactionTemplate eachOnItsOwn;

    Absences(JdbcClient jdbc, Users users, @Lazy TaskService taskService, @Lazy RuntimeService runtimeService, CaseFiles caseFiles,
             WorkingDayCalendar calendar, Clock clock, TaskProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.caseFiles = caseFiles;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Absence announce(AppUser official, AbsenceRequest request) {
        LocalDate today = today();
        List<Violation> violations = new ArrayList<>();
        if (request.from() == null) {
            violations.add(new Violation("from", "must be given"));
        }
        if (request.to() == null) {
            violations.add(new Violation("to", "must be given"));
        } else if (request.to().isBefore(today)) {
            violations.add(new Violation("to", "must not be in the past"));
        } else if (request.from() != null && request.to().isBefore(request.from())) {
            violations.add(new Violation("to", "must not be before from"));
        }
        if (request.note() != null && request.note().length() > properties.noteMaxLength()) {
            violations.add(new Violation("note", "must be at most " + properties.noteMaxLength() + " characters"));
        }
        String standIn = request.standIn() == null ? "" : request.standIn().strip();
        if (official.unitCode() == null) {
            violations.add(new Violation("standIn", "only an official of a unit names a stand-in"));
        } else if (standIn.isEmpty()) {
            violations.add(new Violation("standIn", "must name the colleague who stands in"));
        } else if (standIn.equals(official.username())
                || users.membersOfUnit(official.unitCode()).stream().noneMatch(u -> u.username().equals(standIn))) {
            violations.add(new Violation("standIn", "must be an active colleague of your own unit"));
        }
        if (violations.isEmpty()) {
            LocalDate from = request.from();
            LocalDate to = request.to();
            if (overlapping("username", official.username(), from, to) > 0) {
                violations.add(new Violation("from", "overlaps an absence you announced already"));
            } else if (overlapping("stand_in", official.username(), from, to) > 0) {
                violations.add(new Violation("from", "you stand in for a colleague then"));
            }
            if (overlapping("username", standIn, from, to) > 0) {
                violations.add(new Violation("standIn", "is away themselves then"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into task_absence (username, stand_in, starts_on, ends_on, note, status, created_at)
                        values (?, ?, ?, ?, ?, 'PLANNED', ?)""")
                .params(official.username(), standIn, Date.valueOf(request.from()), Date.valueOf(request.to()),
                        blankToNull(request.note()), utc(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        if (!request.from().isAfter(today)) {
            start(id);
        }
        return get(official, id);
    }

    /** The user's absences that are not over yet, the next first. */
    @Transactional(readOnly = true)
    public List<Absence> of(AppUser official) {
        return jdbc.sql("""
                        select id, username, stand_in, starts_on, ends_on, note, status from task_absence
                        where username = ? and status in ('PLANNED', 'ACTIVE') order by starts_on, id""")
                .param(official.username())
                .query((rs, i) -> absence(rs))
                .list();
    }

    /** Withdraws an absence: one not begun is cancelled, one under way ends now and the stand-in gives the tasks back. */
    public void withdraw(AppUser official, long id) {
        Absence absence = get(official, id);
        switch (absence.status()) {
            case "PLANNED" -> jdbc.sql("update task_absence set status = 'CANCELLED' where id = ?").param(id).update();
            case "ACTIVE" -> end(id);
            default -> {
            }
        }
    }

    /** Starts the absences whose first day has come, ends those whose last day has passed; each on its own. */
    public void startAndEndDue() {
        LocalDate today = today();
        List<Long> toEnd = jdbc.sql("select id from task_absence where status in ('PLANNED', 'ACTIVE') and ends_on < ? order by id")
                .param(Date.valueOf(today)).query(Long.class).list();
        List<Long> toStart = jdbc.sql("""
                        select id from task_absence where status = 'PLANNED' and starts_on <= ? and ends_on >= ? order by id""")
                .params(Date.valueOf(today), Date.valueOf(today)).query(Long.class).list();
        toEnd.forEach(id -> onItsOwn(id, () -> end(id)));
        toStart.forEach(id -> onItsOwn(id, () -> start(id)));
    }

    /** The task listener's part: a task given to an absent official goes to their stand-in unless they took it themselves. */
    void onAssignment(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || SelfAssignment.isBy(assignee) || takenByThemselvesInTheWebapps(task, assignee)) {
            return;
        }
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && !TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            return;
        }
        activeAbsenceOf(assignee).ifPresent(absence -> {
            task.setAssignee(absence.standIn());
            remember(task.getId(), absence);
            String caseNo = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
            note(caseNo, STAND_IN, task.getName(), assignee, absence.standIn());
        });
    }

    private void start(long id) {
        Absence absence = absence(id);
        // the conditional update takes the row: of several nodes running the job, one starts it
        if (jdbc.sql("update task_absence set status = 'ACTIVE' where id = ? and status = 'PLANNED'").param(id).update() == 0) {
            return;
        }
        for (Task task : taskService.createTaskQuery().taskAssignee(absence.username()).list()) {
            remember(task.getId(), absence);
            taskService.setAssignee(task.getId(), absence.standIn());
            note(caseNoOf(task), STAND_IN, task.getName(), absence.username(), absence.standIn());
        }
    }

    private void end(long id) {
        Absence absence = absence(id);
        if (jdbc.sql("update task_absence set status = 'ENDED' where id = ? and status in ('PLANNED', 'ACTIVE')").param(id).update() == 0
                || !"ACTIVE".equals(absence.status())) {
            return;
        }
        List<String> taskIds = jdbc.sql("select task_id from task_stand_in where absence_id = ? and returned_at is null order by since")
                .param(id).query(String.class).list();
        for (String taskId : taskIds) {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            // a task done meanwhile, or one the stand-in passed on, stays where it is
            if (task != null && absence.standIn().equals(task.getAssignee())) {
                taskService.setAssignee(taskId, absence.username());
                note(caseNoOf(task), STAND_IN_RETURNED, task.getName(), absence.standIn(), absence.username());
            }
            jdbc.sql("update task_stand_in set returned_at = ? where task_id = ? and absence_id = ?")
                    .params(utc(clock.instant()), taskId, id).update();
        }
    }

    private Optional<Absence> activeAbsenceOf(String username) {
        LocalDate today = today();
        return jdbc.sql("""
                        select id, username, stand_in, starts_on, ends_on, note, status from task_absence
                        where username = ? and status in ('PLANNED', 'ACTIVE') and starts_on <= ? and ends_on >= ?
                        order by starts_on""")
                .params(username, Date.valueOf(today), Date.valueOf(today))
                .query((rs, i) -> absence(rs))
                .list().stream().findFirst();
    }

    private void remember(String taskId, Absence absence) {
        jdbc.sql("""
                        insert into task_stand_in (task_id, absence_id, original_assignee, stand_in, since)
                        select ?, ?, ?, ?, ? where not exists (select 1 from task_stand_in where task_id = ? and absence_id = ?)""")
                .params(taskId, absence.id(), absence.username(), absence.standIn(), utc(clock.instant()), taskId, absence.id())
                .update();
    }

    private void note(String caseNo, String type, String stepName, String from, String to) {
        if (caseNo == null || caseFiles.find(caseNo).isEmpty()) {
            return;
        }
        caseFiles.record(caseNo, type, CaseFiles.SYSTEM, stepName + ": " + displayName(from) + " → " + displayName(to));
    }

    private String displayName(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }

    private String caseNoOf(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        ProcessInstance process = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return process == null ? null : process.getBusinessKey();
    }

    /** Tasklist's claim: the engine knows who is signed in there. */
    private static boolean takenByThemselvesInTheWebapps(DelegateTask task, String assignee) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && assignee.equals(authentication.getUserId());
    }

    private long overlapping(String column, String username, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from task_absence where " + column + " = ? and status in ('PLANNED', 'ACTIVE')"
                        + " and starts_on <= ? and ends_on >= ?")
                .params(username, Date.valueOf(to), Date.valueOf(from))
                .query(Long.class).single();
    }

    private Absence get(AppUser official, long id) {
        return jdbc.sql("select id, username, stand_in, starts_on, ends_on, note, status from task_absence where id = ? and username = ?")
                .params(id, official.username())
                .query((rs, i) -> absence(rs))
                .optional().orElseThrow(() -> new NotFoundException("no absence " + id));
    }

    private Absence absence(long id) {
        return jdbc.sql("select id, username, stand_in, starts_on, ends_on, note, status from task_absence where id = ?")
                .param(id).query((rs, i) -> absence(rs)).single();
    }

    private Absence absence(java.sql.ResultSet rs) throws java.sql.SQLException {
        String standIn = rs.getString("stand_in");
        return new Absence(rs.getLong("id"), rs.getString("username"), standIn, displayName(standIn),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("note"), rs.getString("status"));
    }

    private void onItsOwn(long id, Runnable work) {
        try {
            eachOnItsOwn.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.error("Absence {} could not be started or ended; the next run tries again", id, e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
