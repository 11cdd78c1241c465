package org.bihuan.supervision;

import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.notification.Recipient;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who must act on a step: its assignee, or everyone in the groups it is offered to (a role or a unit). */
@Component
class ResponsiblePeople {

    private final TaskService taskService;
    private final Users users;

    ResponsiblePeople(TaskService taskService, Users users) {
        this.taskService = taskService;
        this.users = users;
    }

    Responsible of(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Map<String, AppUser> people = new LinkedHashMap<>();
        String unitName = null;
        if (task != null && task.getAssignee() != null) {
            users.find(task.getAssignee()).ifPresent(u -> people.put(u.username(), u));
        }
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        for (String group : groups) {
            List<AppUser> members = membersOf(group);
            members.forEach(u -> people.putIfAbsent(u.username(), u));
            if (unitName == null) {
                unitName = unitNameOf(group, members);
            }
        }
        if (unitName == null) {
            unitName = people.values().stream().findFirst().map(AppUser::displayName).orElse("");
        }
        return new Responsible(recipients(people.values()), unitName);
    }

    /** A unit's officials, for a 督办 by hand on a case that waits in no particular step. */
    Responsible ofUnit(String unitCode) {
        if (unitCode == null) {
            return new Responsible(List.of(), "");
        }
        return new Responsible(recipients(users.membersOfUnit(unitCode)), users.unit(unitCode).map(Unit::name).orElse(unitCode));
    }

    List<Recipient> supervisors() {
        return recipients(users.withRole(Role.SUPERVISOR));
    }

    private List<AppUser> membersOf(String group) {
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.camundaGroup().equals(group)).findFirst();
        return role.map(users::withRole).orElseGet(() -> users.membersOfUnit(group));
    }

    /** A unit group is named after its unit; a role group after the unit its members sit in (the intake office). */
    private String unitNameOf(String group, List<AppUser> members) {
        return users.unit(group).map(Unit::name)
                .or(() -> members.stream().map(AppUser::unitCode).filter(java.util.Objects::nonNull).findFirst()
                        .flatMap(users::unit).map(Unit::name))
                .orElse(group);
    }

    static List<Recipient> recipients(Collection<AppUser> people) {
        return people.stream().map(u -> new Recipient(u.username(), u.displayName(), u.email(), u.phone())).toList();
    }

    record Responsible(List<Recipient> recipients, String unitName) {
    }
}
