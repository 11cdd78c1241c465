package org.bihuan.identity;

import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CamundaIdentitySyncTests extends PostgresIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CamundaIdentitySync sync;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @BeforeEach
    void accounts() {
        TestUsers.ensure(jdbc);
        sync.syncToCamunda();
    }

    @Test
    void aUnitOfficialIsInTheRoleGroupAndInTheGroupOfTheirUnit() {
        assertThat(groupsOf("unit-a")).containsExactlyInAnyOrder("unit", "CZJ");
        assertThat(identityService.createGroupQuery().groupId("CZJ").singleResult().getName()).isEqualTo("市财政局");
        assertThat(identityService.createUserQuery().userId("unit-a").singleResult().getFirstName())
                .isEqualTo("钱承办（财政局）");
    }

    @Test
    void anAdministratorIsInCamundasAdministratorGroupAndAnEnterpriseOnlyInItsRoleGroup() {
        assertThat(groupsOf("admin")).containsExactly("camunda-admin");
        assertThat(groupsOf("ent-a")).containsExactly("enterprise");
    }

    @Test
    void officialsMayUseTasklistAndSeeItsFiltersAndSupervisorsMayUseCockpit() {
        for (String group : List.of("intake", "unit", "supervisor", "committee", "leader")) {
            assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.ACCESS,
                    Resources.APPLICATION, "tasklist")).as(group + " in Tasklist").isTrue();
            assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ,
                    Resources.FILTER, "any-filter")).as(group + " reads filters").isTrue();
        }
        assertThat(authorizationService.isUserAuthorized("nobody", List.of("supervisor"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizationService.isUserAuthorized("nobody", List.of("enterprise", "member"),
                Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isFalse();
        assertThat(authorizationService.isUserAuthorized("nobody", List.of("unit"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
    }

    @Test
    void supervisorsMayReadEveryProcessAndItsHistoryInCockpitButNotChangeIt() {
        List<String> supervisor = List.of("supervisor");
        assertThat(authorizationService.isUserAuthorized("nobody", supervisor, ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "arrears-complaint")).isTrue();
        assertThat(authorizationService.isUserAuthorized("nobody", supervisor, ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, "deadline-watch")).isTrue();
        assertThat(authorizationService.isUserAuthorized("nobody", supervisor, ProcessInstancePermissions.READ,
                Resources.PROCESS_INSTANCE, "any-instance")).isTrue();

        assertThat(authorizationService.isUserAuthorized("nobody", supervisor, ProcessInstancePermissions.UPDATE,
                Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
        assertThat(authorizationService.isUserAuthorized("nobody", supervisor, ProcessInstancePermissions.DELETE,
                Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
        assertThat(authorizationService.isUserAuthorized("nobody", supervisor, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "arrears-complaint")).isFalse();
        assertThat(authorizationService.isUserAuthorized("nobody", List.of("unit"), ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "arrears-complaint")).isFalse();
    }

    @Test
    void administratorsMayOpenEveryWebappAndSeeEveryProcess() {
        List<String> administrators = List.of("camunda-admin");
        for (String webapp : List.of("cockpit", "tasklist", "admin")) {
            assertThat(authorizationService.isUserAuthorized("nobody", administrators, Permissions.ACCESS,
                    Resources.APPLICATION, webapp)).as(webapp).isTrue();
        }
        assertThat(authorizationService.isUserAuthorized("nobody", administrators, ProcessInstancePermissions.UPDATE,
                Resources.PROCESS_INSTANCE, "any-instance")).isTrue();
        assertThat(authorizationService.isUserAuthorized("nobody", administrators, ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, "arrears-complaint")).isTrue();
    }

    @Test
    void runningTheSyncAgainChangesNothing() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long users = identityService.createUserQuery().count();

        sync.syncToCamunda();

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }

    @Test
    void camundaForgetsUsersAndMembershipsTheApplicationNoLongerHas() {
        identityService.saveUser(identityService.newUser("ghost"));
        identityService.createMembership("ghost", "intake");
        identityService.createMembership("unit-b", "intake");

        sync.syncToCamunda();

        assertThat(identityService.createUserQuery().userId("ghost").count()).isZero();
        assertThat(groupsOf("unit-b")).containsExactlyInAnyOrder("unit", "GZW");
    }

    private List<String> groupsOf(String username) {
        return identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }
}
