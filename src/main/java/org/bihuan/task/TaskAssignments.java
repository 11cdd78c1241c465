package org.bihuan.task;

import org.bihuan.casefile.CaseFiles;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a task: claiming it, giving it back to the group, and handing it to a colleague of the same unit
 * (转交), which the case's timeline records. A task someone else holds is theirs: 409.
 */
@Service
@Transactional
public class TaskAssignments {

    static final String HANDOVER = "TASK_HANDOVER";

    private final TaskCompletion tasks;
    private final TaskService taskService;
    private final Users users;
    private final CaseFiles caseFiles;
    private final TaskProperties properties;

    TaskAssignments(TaskCompletion tasks, TaskService taskService, Users users, CaseFiles caseFiles, TaskProperties properties) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.users = users;
        this.caseFiles = caseFiles;
        this.properties = properties;
    }

    public void claim(AppUser user, String taskId) {
        tasks.claim(user, taskId);
    }

    /** Gives a task the user holds back to its group; an unclaimed task stays as it is. */
    public void unclaim(AppUser user, String taskId) {
        OpenTask task = tasks.taskFor(user, taskId);
        if (task.assignee() == null) {
            return;
        }
        heldByNobodyElse(user, task);
        taskService.setAssignee(taskId, null);
    }

    /** Hands a task the user holds (or nobody holds) to a colleague of the user's unit to whom the task is offered. */
    public void handover(AppUser user, String taskId, HandoverRequest request) {
        List<Violation> violations = new ArrayList<>();
        String to = request == null || request.to() == null ? "" : request.to().strip();
        String note = request == null || request.note() == null ? "" : request.note().strip();
        if (note.length() > properties.noteMaxLength()) {
            violations.add(new Violation("note", "must be at most " + properties.noteMaxLength() + " characters"));
        }
        if (to.isEmpty()) {
            violations.add(new Violation("to", "must name the colleague who takes the task over"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        OpenTask task = tasks.taskFor(user, taskId);
        heldByNobodyElse(user, task);
        AppUser colleague = colleague(user, to).orElseThrow(() -> new InvalidRequestException("to",
                "must be an active colleague of your own unit"));
        if (!offeredTo(colleague, taskId)) {
            throw new InvalidRequestException("to", "is not offered this step: it is not among their tasks");
        }
        taskService.setAssignee(taskId, colleague.username());
        if (task.caseNo() != null && caseFiles.find(task.caseNo()).isPresent()) {
            caseFiles.record(task.caseNo(), HANDOVER, user.username(), task.name() + ": " + user.displayName() + " → "
                    + colleague.displayName() + (note.isEmpty() ? "" : ". " + note));
        }
    }

    private static void heldByNobodyElse(AppUser user, OpenTask task) {
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("task " + task.id() + " is held by " + task.assignee());
        }
    }

    private Optional<AppUser> colleague(AppUser user, String username) {
        if (user.unitCode() == null || username.equals(user.username())) {
            return Optional.empty();
        }
        return users.membersOfUnit(user.unitCode()).stream().filter(u -> u.username().equals(username)).findFirst();
    }

    private boolean offeredTo(AppUser colleague, String taskId) {
        Set<String> groups = Set.copyOf(users.camundaGroupsOf(colleague.username()));
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
    }
}
