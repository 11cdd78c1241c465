package org.bihuan.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Copies users, role groups, unit groups and memberships from the application's tables into Camunda's
 * identity tables, which Tasklist, Cockpit and the engine's authorization checks read. Camunda's copy
 * is never edited by hand: whatever the application tables no longer hold is removed here. Runs at
 * startup (after the demo data) and whenever a caller changed users or units.
 */
@Component
@Order(10)
public class CamundaIdentitySync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    /** The groups that work with Tasklist and see the "全部任务" filter. */
    private static final List<Role> TASKLIST_ROLES =
            List.of(Role.INTAKE, Role.UNIT, Role.SUPERVISOR, Role.COMMITTEE, Role.LEADER);

    private final Users users;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TransactionTemplate transaction;

    CamundaIdentitySync(Users users, IdentityService identityService, AuthorizationService authorizationService,
                        PlatformTransactionManager transactionManager) {
        this.users = users;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        syncToCamunda();
    }

    public void syncToCamunda() {
        transaction.executeWithoutResult(status -> {
            List<AppUser> appUsers = users.enabledUsers();
            Map<String, String> groupNames = groupNames();
            syncGroups(groupNames);
            syncUsers(appUsers);
            syncMemberships(appUsers, groupNames.keySet());
            grantApplicationAccess();
            log.info("Camunda identity synchronised: {} users, {} groups", appUsers.size(), groupNames.size());
        });
    }

    private Map<String, String> groupNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            names.put(role.camundaGroup(), role.label());
        }
        for (Unit unit : users.units()) {
            names.put(unit.code(), unit.name());
        }
        return names;
    }

    private void syncGroups(Map<String, String> groupNames) {
        Map<String, Group> existing = identityService.createGroupQuery().list().stream()
                .collect(Collectors.toMap(Group::getId, Function.identity()));
        groupNames.forEach((id, name) -> {
            String type = id.equals(Groups.CAMUNDA_ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
            Group group = existing.get(id);
            if (group == null) {
                group = identityService.newGroup(id);
            } else if (name.equals(group.getName()) && type.equals(group.getType())) {
                return;
            }
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        });
        existing.keySet().stream()
                .filter(id -> !groupNames.containsKey(id))
                .forEach(identityService::deleteGroup);
    }

    private void syncUsers(List<AppUser> appUsers) {
        Map<String, User> existing = identityService.createUserQuery().list().stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        for (AppUser appUser : appUsers) {
            User user = existing.get(appUser.username());
            if (user == null) {
                // no password: Camunda never authenticates anyone itself, Spring Security does
                user = identityService.newUser(appUser.username());
            } else if (Objects.equals(user.getFirstName(), appUser.displayName())
                    && Objects.equals(user.getEmail(), appUser.email())) {
                continue;
            }
            // a Chinese name is one string; the webapps print "firstName lastName"
            user.setFirstName(appUser.displayName());
            user.setLastName("");
            user.setEmail(appUser.email());
            identityService.saveUser(user);
        }
        Set<String> wanted = appUsers.stream().map(AppUser::username).collect(Collectors.toSet());
        existing.keySet().stream()
                .filter(id -> !wanted.contains(id))
                .forEach(identityService::deleteUser);
    }

    private void syncMemberships(List<AppUser> appUsers, Set<String> groupIds) {
        for (AppUser appUser : appUsers) {
            Set<String> wanted = new HashSet<>(Users.camundaGroupsOf(appUser));
            wanted.retainAll(groupIds);
            Set<String> present = identityService.createGroupQuery().groupMember(appUser.username()).list().stream()
                    .map(Group::getId)
                    .collect(Collectors.toSet());
            wanted.stream()
                    .filter(groupId -> !present.contains(groupId))
                    .forEach(groupId -> identityService.createMembership(appUser.username(), groupId));
            present.stream()
                    .filter(groupId -> !wanted.contains(groupId))
                    .forEach(groupId -> identityService.deleteMembership(appUser.username(), groupId));
        }
    }

    private void grantApplicationAccess() {
        for (Role role : TASKLIST_ROLES) {
            grant(role.camundaGroup(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(role.camundaGroup(), Resources.FILTER, Authorization.ANY, Permissions.READ);
        }
        grantSupervisorsReadOnlyCockpit();
        grantAdministratorsEverything();
    }

    /** Supervisors watch every process in Cockpit; changing or cancelling one stays with administrators. */
    private void grantSupervisorsReadOnlyCockpit() {
        String supervisor = Role.SUPERVISOR.camundaGroup();
        grant(supervisor, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(supervisor, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
        grant(supervisor, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ_HISTORY);
        grant(supervisor, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ);
    }

    /**
     * The engine lets camunda-admin members manage identities without grants, but the webapps' access
     * check and every query still read grants: without these an administrator is refused Cockpit and
     * sees no process at all. The same grants Camunda's own admin-user setup writes.
     */
    private void grantAdministratorsEverything() {
        for (Resources resource : Resources.values()) {
            grant(Role.ADMIN.camundaGroup(), resource, Authorization.ANY, Permissions.ALL);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        // the engine allows one grant row per group, resource type and resource id
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
