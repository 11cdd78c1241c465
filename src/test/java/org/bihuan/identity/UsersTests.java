package org.bihuan.identity;

import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class UsersTests extends PostgresIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @BeforeEach
    void accounts() {
        TestUsers.ensure(jdbc);
        if (jdbc.sql("select count(*) from app_user where username = 'unit-x'").query(Integer.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, unit_code, enabled) "
                    + "values ('unit-x', 'none', '已调离', 'CZJ', false)").update();
            jdbc.sql("insert into app_user_role (username, role) values ('unit-x', 'UNIT')").update();
        }
    }

    @Test
    void aDisabledOfficialIsNeitherOfferedTasksNorNotifiedButStillNamesOldCases() {
        assertThat(users.withRole(Role.UNIT)).extracting(AppUser::username)
                .contains("unit-a", "unit-b").doesNotContain("unit-x", "intake");
        assertThat(users.membersOfUnit("CZJ")).extracting(AppUser::username)
                .contains("unit-a").doesNotContain("unit-x", "unit-b");
        assertThat(users.find("unit-x")).hasValueSatisfying(user -> assertThat(user.has(Role.UNIT)).isTrue());
    }

    @Test
    void camundaGroupsOfAnOfficialAreTheRoleAndTheUnit() {
        assertThat(users.camundaGroupsOf("supervisor")).containsExactly("supervisor", "DCS");
        assertThat(users.camundaGroupsOf("member2")).containsExactly("member");
        assertThat(users.camundaGroupsOf("nobody")).isEmpty();
    }

    @Test
    void unitsAreListedByKind() {
        assertThat(users.unitsOfKind("SUPERVISION")).containsExactly(new Unit("DCS", "市政府督查室", "SUPERVISION"));
        assertThat(users.unit("QQB")).hasValueSatisfying(unit -> assertThat(unit.kind()).isEqualTo("INTAKE"));
        assertThat(users.units()).extracting(Unit::code).contains("CZJ", "GXJ", "GZW", "QQB", "DCS", "TAW");
    }

    @Test
    void theCurrentUserIsTheOneSpringSecurityAuthenticated() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "committee", null, AuthorityUtils.createAuthorityList("ROLE_COMMITTEE")));
        try {
            AppUser current = users.current();
            assertThat(current.displayName()).isEqualTo("陈提案委");
            assertThat(current.unitCode()).isEqualTo("TAW");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
