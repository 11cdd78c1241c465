package org.bihuan.task;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An official's inbox: the tasks they hold and the tasks offered to their groups, in one list, overdue first and
 * then by due instant (tasks without a deadline last). The engine's task query decides which tasks; the case
 * file's read model adds the title, the party and how far the step was escalated.
 *
 * <p>A unit official's inbox is the unit's tasks and nothing else: the query asks for the tasks offered to the
 * unit (claimed by anyone in it or by nobody), so no task of another unit reaches the list, a filter or a count.
 * Supervisors and administrators may look into one unit's tasks the same way.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    public static final String MINE = "MINE";
    public static final String UNCLAIMED = "UNCLAIMED";

    private final TaskService taskService;
    private final TaskCompletion tasks;
    private final Users users;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TaskProperties properties;

    Inbox(TaskService taskService, TaskCompletion tasks, Users users, WorkingDayCalendar calendar, JdbcClient jdbc, Clock clock,
          TaskProperties properties) {
        this.taskService = taskService;
        this.tasks = tasks;
        this.users = users;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public InboxPage page(AppUser user, InboxFilter filter) {
        Instant now = clock.instant();
        Criteria criteria = criteria(user, filter, now);
        int page = filter.page() == null ? 0 : filter.page();
        int size = filter.size() == null ? properties.maxPageSize() : filter.size();
        List<Violation> paging = new ArrayList<>();
        if (page < 0) {
            paging.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > properties.maxPageSize()) {
            paging.add(new Violation("size", "must be between 1 and " + properties.maxPageSize()));
        }
        if (!paging.isEmpty()) {
            throw new InvalidRequestException(paging);
        }
        if (criteria.matchesNothing()) {
            return new InboxPage(List.of(), page, size, 0);
        }
        // two queries, so that tasks without a deadline come last on every database (NULL sorts differently)
        boolean dueFiltered = criteria.overdue() || criteria.dueWithin() != null;
        long dueCount = withDue(user, criteria, now, dueFiltered).count();
        long noDueCount = dueFiltered ? 0 : query(user, criteria, now).withoutDueDate().count();
        long offset = (long) page * size;
        List<Task> found = new ArrayList<>();
        if (offset < dueCount) {
            found.addAll(withDue(user, criteria, now, dueFiltered)
                    .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage((int) offset, size));
        }
        if (found.size() < size && noDueCount > 0) {
            int noDueOffset = (int) Math.max(0, offset - dueCount);
            found.addAll(query(user, criteria, now).withoutDueDate()
                    .orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage(noDueOffset, size - found.size()));
        }
        return new InboxPage(rows(user, found, now), page, size, dueCount + noDueCount);
    }

    private TaskQuery withDue(AppUser user, Criteria criteria, Instant now, boolean dueFiltered) {
        TaskQuery query = query(user, criteria, now);
        return dueFiltered ? query : query.dueAfter(new Date(0));
    }

    /**
     * How many tasks wait in the user's inbox in all: the header badge of every official's page, so one count query
     * rather than the quick filters' five.
     */
    public long total(AppUser user) {
        Instant now = clock.instant();
        Criteria all = criteria(user, InboxFilter.all(), now);
        return all.matchesNothing() ? 0 : query(user, all, now).count();
    }

    /** The counts of the quick filters over the inbox as narrowed by type, step, unit and search; cheap enough to poll. */
    public InboxCounts counts(AppUser user, InboxFilter filter) {
        Instant now = clock.instant();
        InboxFilter narrowed = new InboxFilter(filter.caseType(), filter.step(), null, null, filter.unit(), null, filter.q(),
                filter.caseNo(), null, null);
        Criteria base = criteria(user, narrowed, now);
        if (base.matchesNothing()) {
            return new InboxCounts(0, 0, 0, 0, 0, properties.dueSoonWorkingDays());
        }
        return new InboxCounts(
                query(user, base, now).count(),
                query(user, base.holding(MINE), now).count(),
                query(user, base.holding(UNCLAIMED), now).count(),
                query(user, base.overdueOnly(now), now).count(),
                query(user, base.dueWithin(properties.dueSoonWorkingDays(), dueLimit(now, properties.dueSoonWorkingDays()), now), now).count(),
                properties.dueSoonWorkingDays());
    }

    private TaskQuery query(AppUser user, Criteria c, Instant now) {
        // the form reference names the task's form (camunda:formRef), which a row describes
        TaskQuery query = taskService.createTaskQuery().initializeFormKeys();
        String unit = c.unit() != null ? c.unit() : officialsUnit(user);
        if (unit != null) {
            query.taskCandidateGroup(unit);
            if (!UNCLAIMED.equals(c.holder())) {
                query.includeAssignedTasks();
            }
            if (MINE.equals(c.holder())) {
                query.taskAssignee(user.username());
            }
        } else if (MINE.equals(c.holder())) {
            query.taskAssignee(user.username());
        } else {
            List<String> groups = users.camundaGroupsOf(user.username());
            List<String> candidateGroups = groups.isEmpty() ? List.of("-none-") : groups;
            if (UNCLAIMED.equals(c.holder())) {
                // a task offered to a group and not claimed: the candidate query leaves out assigned tasks by itself
                query.taskCandidateGroupIn(candidateGroups);
            } else {
                query.or().taskAssignee(user.username()).taskCandidateGroupIn(candidateGroups).includeAssignedTasks().endOr();
            }
        }
        if (c.caseType() != null) {
            query.processDefinitionKey(c.caseType().processKey());
        }
        if (c.step() != null) {
            query.taskDefinitionKey(c.step());
        }
        if (c.caseNo() != null) {
            query.processInstanceBusinessKey(c.caseNo());
        }
        if (c.caseNos() != null) {
            query.processInstanceBusinessKeyIn(c.caseNos().toArray(String[]::new));
        }
        if (c.overdue()) {
            query.dueBefore(Date.from(now));
        }
        if (c.dueWithin() != null) {
            query.dueAfter(c.dueAfter()).dueBefore(c.dueBefore());
        }
        return query;
    }

    /** A unit official's inbox is the unit's: the official's own unit, whatever else they ask. */
    private static String officialsUnit(AppUser user) {
        return user.has(Role.UNIT) && user.unitCode() != null ? user.unitCode() : null;
    }

    private Criteria criteria(AppUser user, InboxFilter filter, Instant now) {
        List<Violation> violations = new ArrayList<>();
        CaseType caseType = null;
        if (filter.caseType() != null && !filter.caseType().isBlank()) {
            try {
                caseType = CaseType.valueOf(filter.caseType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add(new Violation("caseType", "must be one of " + Arrays.toString(CaseType.values())));
            }
        }
        String holder = blankToNull(filter.holder());
        if (holder != null) {
            holder = holder.toUpperCase(Locale.ROOT);
            if (!MINE.equals(holder) && !UNCLAIMED.equals(holder)) {
                violations.add(new Violation("holder", "must be " + MINE + " or " + UNCLAIMED));
            }
        }
        Integer dueWithin = filter.dueWithin();
        if (dueWithin != null && dueWithin < 0) {
            violations.add(new Violation("dueWithin", "must be 0 or more working days"));
        }
        boolean overdue = Boolean.TRUE.equals(filter.overdue());
        if (overdue && dueWithin != null) {
            violations.add(new Violation("dueWithin", "cannot be combined with overdue: a task due within some working days is not overdue"));
        }
        String unit = blankToNull(filter.unit());
        if (unit != null) {
            if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
                if (users.unit(unit).isEmpty()) {
                    violations.add(new Violation("unit", "is not a known unit"));
                }
            } else if (officialsUnit(user) != null) {
                if (!unit.equals(officialsUnit(user))) {
                    violations.add(new Violation("unit", "an official sees only the tasks of their own unit"));
                }
            } else {
                violations.add(new Violation("unit", "only supervisors look into a unit's tasks"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Criteria criteria = new Criteria(caseType, blankToNull(filter.step()), unit, holder, blankToNull(filter.caseNo()), null, false,
                null, null, null);
        String q = blankToNull(filter.q());
        if (q != null) {
            criteria = criteria.search(casesMatching(q));
        }
        if (overdue) {
            criteria = criteria.overdueOnly(now);
        }
        if (dueWithin != null && !criteria.matchesNothing()) {
            criteria = criteria.dueWithin(dueWithin, dueLimit(now, dueWithin), now);
        }
        return criteria;
    }

    /** The start of the first day more than {@code workingDays} working days from today: due before it is due within them. */
    private Instant dueLimit(Instant now, int workingDays) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        return calendar.nthWorkingDayAfter(today, workingDays + 1).atStartOfDay(calendar.zone()).toInstant();
    }

    /** Case numbers whose number, party name (the read model's) or title contain the text, case-insensitive. */
    private List<String> casesMatching(String q) {
        String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select case_no from report_case
                        where lower(case_no) like ? or lower(coalesce(party_name, '')) like ? or lower(title) like ?
                        order by received_at desc limit ?""")
                .params(like, like, like, properties.searchMaxCases())
                .query(String.class).list();
    }

    private List<InboxRow> rows(AppUser user, List<Task> found, Instant now) {
        List<OpenTask> open = tasks.openTasks(found);
        Set<String> caseNos = open.stream().map(OpenTask::caseNo).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, String[]> cases = new HashMap<>();
        forEachIn("select case_no, title, party_name from report_case where case_no in (:keys)", caseNos,
                rs -> cases.put(rs[0], new String[]{rs[1], rs[2]}));
        Map<String, String> levels = new HashMap<>();
        forEachIn("select task_id, escalation_level from report_step where task_id in (:keys)",
                open.stream().map(OpenTask::id).toList(), rs -> levels.put(rs[0], rs[1]));
        Map<String, String> names = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        return open.stream().map(t -> {
            String[] file = t.caseNo() == null ? null : cases.get(t.caseNo());
            boolean overdue = t.due() != null && t.due().isBefore(now);
            Integer left = null;
            Integer late = null;
            if (t.due() != null) {
                LocalDate dueDay = LocalDate.ofInstant(t.due(), calendar.zone());
                if (overdue) {
                    late = Math.max(1, calendar.workingDaysBetween(dueDay, today));
                } else {
                    left = calendar.workingDaysBetween(today, dueDay);
                }
            }
            String assigneeName = t.assignee() == null ? null : names.computeIfAbsent(t.assignee(),
                    a -> users.find(a).map(AppUser::displayName).orElse(a));
            return new InboxRow(t.id(), t.taskKey(), t.name(), t.caseType(), t.caseNo(), file == null ? null : file[0],
                    file == null ? null : file[1], t.created(), t.due(), overdue, left, late, levels.get(t.id()), t.assignee(),
                    assigneeName, user.username().equals(t.assignee()));
        }).toList();
    }

    private void forEachIn(String sql, Collection<String> keys, Consumer<String[]> row) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql(sql).param("keys", keys).query(rs -> {
            row.accept(new String[]{rs.getString(1), rs.getString(2), rs.getMetaData().getColumnCount() > 2 ? rs.getString(3) : null});
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The engine criteria of one inbox question. {@code caseNos} non-null: only these cases (a search; empty matches
     * nothing); {@code dueWithin} non-null: due in [dueAfter, dueBefore).
     */
    private record Criteria(CaseType caseType, String step, String unit, String holder, String caseNo, List<String> caseNos,
                            boolean overdue, Integer dueWithin, Date dueAfter, Date dueBefore) {

        boolean matchesNothing() {
            return caseNos != null && caseNos.isEmpty();
        }

        Criteria search(List<String> found) {
            return new Criteria(caseType, step, unit, holder, caseNo, found, overdue, dueWithin, dueAfter, dueBefore);
        }

        Criteria holding(String newHolder) {
            return new Criteria(caseType, step, unit, newHolder, caseNo, caseNos, overdue, dueWithin, dueAfter, dueBefore);
        }

        Criteria overdueOnly(Instant now) {
            return new Criteria(caseType, step, unit, holder, caseNo, caseNos, true, null, null, null);
        }

        /** Not overdue (due at or after now, the engine compares strictly) and due before the limit. */
        Criteria dueWithin(int workingDays, Instant limit, Instant now) {
            return new Criteria(caseType, step, unit, holder, caseNo, caseNos, false, workingDays,
                    Date.from(now.minusMillis(1)), Date.from(limit));
        }
    }
}
