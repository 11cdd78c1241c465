package org.bihuan.identity;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Users, roles and units as the application's tables hold them: the one source of truth that Spring
 * Security and Camunda's identity copy both read.
 */
@Service
public class Users {

    private static final String USER_COLUMNS =
            "select u.username, u.display_name, u.email, u.phone, u.unit_code, u.credit_code from app_user u ";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final CredentialCache verifiedCredentials;

    Users(JdbcClient jdbc, PasswordEncoder passwordEncoder, CredentialCache verifiedCredentials) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.verifiedCredentials = verifiedCredentials;
    }

    /** The person making the current request. */
    public AppUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("No authenticated user in this request");
        }
        return find(authentication.getName()).orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("Unknown user " + authentication.getName()));
    }

    /** Any account, enabled or not: a disabled account still names the owner of old cases. */
    public Optional<AppUser> find(String username) {
        return withRoles(jdbc.sql(USER_COLUMNS + "where u.username = :username")
                .param("username", username)
                .query(UserRow.class)
                .list()).stream().findFirst();
    }

    /** Enabled accounts with this role, e.g. everyone to notify or offer a task to. */
    public List<AppUser> withRole(Role role) {
        return withRoles(jdbc.sql(USER_COLUMNS
                        + "join app_user_role r on r.username = u.username "
                        + "where r.role = :role and u.enabled = true order by u.username")
                .param("role", role.name())
                .query(UserRow.class)
                .list());
    }

    /** The enabled enterprise account that speaks for this credit code, if the enterprise has one. */
    public Optional<AppUser> enterpriseWithCreditCode(String creditCode) {
        return withRoles(jdbc.sql(USER_COLUMNS
                        + "join app_user_role r on r.username = u.username "
                        + "where u.credit_code = :creditCode and r.role = :role and u.enabled = true order by u.username")
                .param("creditCode", creditCode)
                .param("role", Role.ENTERPRISE.name())
                .query(UserRow.class)
                .list()).stream().findFirst();
    }

    /** The enabled officials of a unit. */
    public List<AppUser> membersOfUnit(String unitCode) {
        return withRoles(jdbc.sql(USER_COLUMNS + "where u.unit_code = :unitCode and u.enabled = true order by u.username")
                .param("unitCode", unitCode)
                .query(UserRow.class)
                .list());
    }

    /** The heads of a unit (超期催办 reaches them as well as the officials who hold the step). */
    public List<AppUser> headsOfUnit(String unitCode) {
        return withRoles(jdbc.sql(USER_COLUMNS + "where u.unit_code = :unitCode and u.enabled = true and u.unit_head = true order by u.username")
                .param("unitCode", unitCode)
                .query(UserRow.class)
                .list());
    }

    /** Enabled accounts; the ones Camunda gets to know. */
    List<AppUser> enabledUsers() {
        return withRoles(jdbc.sql(USER_COLUMNS + "where u.enabled = true order by u.username")
                .query(UserRow.class)
                .list());
    }

    /**
     * Sets a new password. The old one stops working with the next request, also for an API client whose
     * password was verified a moment ago.
     *
     * @throws NotFoundException       for an unknown account
     * @throws InvalidRequestException for a blank password
     */
    @Transactional
    public void changePassword(String username, String newPassword) {
        if (newPassword == null || newPassword.isBlank()) {
            throw new InvalidRequestException("password", "must not be blank");
        }
        int changed = jdbc.sql("update app_user set password_hash = :hash where username = :username")
                .param("hash", passwordEncoder.encode(newPassword))
                .param("username", username)
                .update();
        if (changed == 0) {
            throw new NotFoundException("No account " + username);
        }
        verifiedCredentials.forget(username);
    }

    /**
     * Disables an account: it can no longer sign in, is neither offered tasks nor notified, and still names
     * the owner of its old cases. Callers run {@code CamundaIdentitySync.syncToCamunda()} afterwards so the
     * webapps forget the account too.
     *
     * @throws NotFoundException for an unknown account
     */
    @Transactional
    public void deactivate(String username) {
        int changed = jdbc.sql("update app_user set enabled = false where username = :username")
                .param("username", username)
                .update();
        if (changed == 0) {
            throw new NotFoundException("No account " + username);
        }
        verifiedCredentials.forget(username);
    }

    /** A new account with its roles; {@code enabled} false until its sign-up is confirmed. */
    void create(AppUser user, String rawPassword, boolean enabled) {
        if (user.roles().isEmpty()) {
            throw new IllegalArgumentException("a new account has at least one role");
        }
        jdbc.sql("insert into app_user (username, password_hash, display_name, email, phone, unit_code, credit_code, enabled) "
                        + "values (:username, :hash, :displayName, :email, :phone, :unitCode, :creditCode, :enabled)")
                .param("username", user.username())
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("phone", user.phone())
                .param("unitCode", user.unitCode())
                .param("creditCode", user.creditCode())
                .param("enabled", enabled)
                .update();
        for (Role role : user.roles()) {
            jdbc.sql("insert into app_user_role (username, role) values (:username, :role)")
                    .param("username", user.username())
                    .param("role", role.name())
                    .update();
        }
    }

    void activate(String username) {
        jdbc.sql("update app_user set enabled = true where username = :username").param("username", username).update();
    }

    /** Removes an account that never worked (a sign-up nobody confirmed); one that did is deactivated instead. */
    void deleteNeverUsed(String username) {
        jdbc.sql("delete from app_user_role where username = :username and exists "
                        + "(select 1 from app_user where username = :username and enabled = false)")
                .param("username", username).update();
        jdbc.sql("delete from app_user where username = :username and enabled = false").param("username", username).update();
    }

    boolean isEnabled(String username) {
        return jdbc.sql("select count(*) from app_user where username = :username and enabled = true")
                .param("username", username).query(Long.class).single() > 0;
    }

    /** Whether the name is taken, regardless of case: "Ent-A" would be too easily mistaken for "ent-a". */
    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    /** The accounts speaking for an enterprise, enabled or not, with whether each is enabled. */
    List<StaffAccount> staffOf(String creditCode) {
        return jdbc.sql("select username, display_name, email, enabled from app_user where credit_code = :code order by username")
                .param("code", creditCode)
                .query((rs, i) -> new StaffAccount(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), rs.getBoolean("enabled")))
                .list();
    }

    record StaffAccount(String username, String displayName, String email, boolean active) {
    }

    public List<Unit> units() {
        return jdbc.sql("select code, name, kind from unit order by code").query(Unit.class).list();
    }

    /** The active units of a kind: what a transfer or an assignment may choose (a deactivated unit takes no new work). */
    public List<Unit> unitsOfKind(String kind) {
        return jdbc.sql("select code, name, kind from unit where kind = :kind and active = true order by code")
                .param("kind", kind)
                .query(Unit.class)
                .list();
    }

    public Optional<Unit> unit(String code) {
        return jdbc.sql("select code, name, kind from unit where code = :code")
                .param("code", code)
                .query(Unit.class)
                .optional();
    }

    /**
     * The user's Camunda groups: one per role and, for an official, the unit code, so that a BPMN
     * {@code camunda:candidateGroups="${unitCode}"} reaches exactly the officials of that unit.
     */
    public List<String> camundaGroupsOf(String username) {
        return find(username).map(Users::camundaGroupsOf).orElse(List.of());
    }

    static List<String> camundaGroupsOf(AppUser user) {
        List<String> groups = new ArrayList<>();
        user.roles().forEach(role -> groups.add(role.camundaGroup()));
        if (user.unitCode() != null) {
            groups.add(user.unitCode());
        }
        return groups;
    }

    private List<AppUser> withRoles(List<UserRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<Role>> roles = rolesOf(rows.stream().map(UserRow::username).toList());
        return rows.stream()
                .map(row -> row.toUser(roles.getOrDefault(row.username(), Set.of())))
                .toList();
    }

    private Map<String, Set<Role>> rolesOf(Collection<String> usernames) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("select username, role from app_user_role where username in (:usernames)")
                .param("usernames", usernames)
                .query((rs, rowNum) -> Map.entry(rs.getString("username"), Role.valueOf(rs.getString("role"))))
                .list()
                .forEach(entry -> roles.computeIfAbsent(entry.getKey(), username -> EnumSet.noneOf(Role.class))
                        .add(entry.getValue()));
        return roles;
    }

    record UserRow(String username, String displayName, String email, String phone, String unitCode,
                   String creditCode) {

        AppUser toUser(Set<Role> roles) {
            return new AppUser(username, displayName, email, phone, unitCode, creditCode, roles);
        }
    }
}
