package org.bihuan.identity;

import org.bihuan.audit.AuditLog;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AccountTokens.Purpose;
import org.bihuan.notification.Notifications;
import org.bihuan.persistence.Paging;
import org.bihuan.notification.Recipient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts of the office and of the CPPCC members, as administrators manage them (/admin/users): search,
 * create, edit, deactivate, reset the password, import a file of them. A new or reset account gets a single-use link by
 * mail and chooses its password there ({@link #setPassword}): no administrator ever knows it. Enterprise accounts come
 * from sign-up; administrators may deactivate, reactivate and reset them, not edit them. Every change is on the audit
 * list and reaches Camunda's identity at once.
 */
@Service
@Transactional
public class UserAccounts {

    static final int MAX_PAGE_SIZE = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile(SignUpRequest.MAINLAND_MOBILE);
    private static final Pattern USERNAME = Pattern.compile(SignUpRequest.USERNAME);
    private static final Set<Role> ASSIGNABLE = EnumSet.complementOf(EnumSet.of(Role.ENTERPRISE));

    private final JdbcClient jdbc;
    private final Users users;
    private final AccountTokens tokens;
    private final PasswordPolicy passwords;
    private final Notifications notifications;
    private final CamundaIdentitySync camundaIdentity;
    private final AccountProperties properties;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    UserAccounts(JdbcClient jdbc, Users users, AccountTokens tokens, PasswordPolicy passwords, Notifications notifications,
                 CamundaIdentitySync camundaIdentity, AccountProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.notifications = notifications;
        this.camundaIdentity = camundaIdentity;
        this.properties = properties;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public AccountPage search(AccountSearch search) {
        List<Violation> violations = Paging.violations(search.page(), search.size(), MAX_PAGE_SIZE);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (search.q() != null && !search.q().isBlank()) {
            where.append(" and (lower(u.username) like ? or lower(u.display_name) like ? or lower(coalesce(u.email, '')) like ?)");
            String like = "%" + search.q().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.addAll(List.of(like, like, like));
        }
        if (search.role() != null && !search.role().isBlank()) {
            where.append(" and exists (select 1 from app_user_role r where r.username = u.username and r.role = ?)");
            params.add(search.role().strip());
        }
        if (search.unit() != null && !search.unit().isBlank()) {
            where.append(" and u.unit_code = ?");
            params.add(search.unit().strip());
        }
        if (search.active() != null) {
            where.append(" and u.enabled = ?");
            params.add(search.active());
        }
        long total = jdbc.sql("select count(*) from app_user u" + where).params(params).query(Long.class).single();
        List<String> usernames = jdbc.sql("select u.username from app_user u" + where + " order by u.username"
                        + Paging.clause(search.page(), search.size()))
                .params(params).query(String.class).list();
        return new AccountPage(usernames.stream().map(this::get).toList(), search.page(), search.size(), total);
    }

    @Transactional(readOnly = true)
    public Optional<AccountProfile> find(String username) {
        return jdbc.sql("select username, display_name, email, phone, unit_code, unit_head, credit_code, enabled from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new AccountProfile(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("unit_code"), rs.getBoolean("unit_head"), rs.getString("credit_code"),
                        roles(rs.getString("username")), rs.getBoolean("enabled")))
                .optional();
    }

    @Transactional(readOnly = true)
    public AccountProfile get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("no account " + username));
    }

    /** A new account that works once its owner has chosen a password through the mailed link. */
    public AccountProfile create(AccountRequest request) {
        List<Violation> violations = checkNew(request, Set.of());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AccountProfile created = insert(request, "user.created");
        camundaIdentity.syncToCamunda();
        return created;
    }

    /** Name, contact, roles, unit and headship; the username stays. */
    public AccountProfile update(String username, AccountRequest request) {
        AccountProfile before = get(username);
        if (before.enterprise()) {
            throw new ConflictException("the account " + username + " belongs to an enterprise, which manages it");
        }
        List<Violation> violations = check(request);
        Set<Role> roles = roleSet(request.roles());
        if (before.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (username.equals(currentUsername())) {
                violations.add(new Violation("roles", "you cannot take the administrator role from yourself"));
            } else if (otherActiveAdministrators(username) == 0) {
                violations.add(new Violation("roles", "the last active administrator keeps the administrator role"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        jdbc.sql("update app_user set display_name = ?, email = ?, phone = ?, unit_code = ?, unit_head = ? where username = ?")
                .params(request.displayName(), request.email(), request.phone(), request.unitCode(),
                        request.unitCode() != null && request.unitHead(), username)
                .update();
        jdbc.sql("delete from app_user_role where username = ?").param(username).update();
        roles.forEach(role -> jdbc.sql("insert into app_user_role (username, role) values (?, ?)").params(username, role.name()).update());
        AccountProfile after = get(username);
        if (!after.equals(before)) {
            audit.record("user.updated", "user", username, before, after);
            camundaIdentity.syncToCamunda();
        }
        return after;
    }

    /** It can no longer sign in, is neither offered tasks nor notified, and still names the owner of its old cases. */
    public AccountProfile deactivate(String username) {
        AccountProfile before = get(username);
        if (!before.active()) {
            return before;
        }
        if (username.equals(currentUsername())) {
            throw new ConflictException("you cannot deactivate your own account");
        }
        if (before.has(Role.ADMIN) && otherActiveAdministrators(username) == 0) {
            throw new ConflictException("the last active administrator cannot be deactivated");
        }
        users.deactivate(username);
        tokens.discardUnused(Purpose.PASSWORD, username);
        AccountProfile after = get(username);
        audit.record("user.deactivated", "user", username, before, after);
        camundaIdentity.syncToCamunda();
        return after;
    }

    public AccountProfile reactivate(String username) {
        AccountProfile before = get(username);
        if (before.active()) {
            return before;
        }
        users.activate(username);
        AccountProfile after = get(username);
        audit.record("user.reactivated", "user", username, before, after);
        camundaIdentity.syncToCamunda();
        return after;
    }

    /**
     * The old password stops working now; the owner is mailed a single-use link to choose a new one (earlier links
     * stop working too).
     */
    public AccountProfile resetPassword(String username) {
        AccountProfile account = get(username);
        if (!account.active()) {
            throw new ConflictException("the account " + username + " is deactivated");
        }
        if (account.email() == null) {
            throw new InvalidRequestException("email", "is needed to mail the link; add an e-mail address first");
        }
        users.changePassword(username, unusablePassword());
        mailPasswordLink(account, "account.passwordReset");
        audit.record("user.passwordReset", "user", username, null, Map.of("linkMailedTo", account.email()));
        return account;
    }

    /** Checks every line of an import file (CSV or XLSX) without storing anything. */
    @Transactional(readOnly = true)
    public AccountImport.Check checkImport(byte[] file) {
        return check(AccountImportFile.read(file, properties.importMaxLines()));
    }

    /** Checks lines already read (the dry run's, kept by the page) again, without storing anything. */
    @Transactional(readOnly = true)
    public AccountImport.Check check(List<AccountImport.Line> lines) {
        List<AccountImport.Checked> checked = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (AccountImport.Line line : lines) {
            Set<String> earlier = new HashSet<>();
            String name = line.request().username() == null ? null : line.request().username().toLowerCase(Locale.ROOT);
            if (name != null && firstLineOf.containsKey(name)) {
                earlier.add(name);
            } else if (name != null) {
                firstLineOf.put(name, line.number());
            }
            checked.add(new AccountImport.Checked(line, checkNew(line.request(), earlier)));
        }
        return new AccountImport.Check(checked);
    }

    /**
     * Creates the accounts of the lines without a problem, checked again now (a name may have been taken since the dry
     * run), each mailed its link; the others are left out and named. All in one transaction.
     */
    public AccountImport.Result importGood(List<AccountImport.Line> lines) {
        AccountImport.Check check = check(lines);
        List<String> created = new ArrayList<>();
        List<AccountImport.Checked> leftOut = new ArrayList<>();
        for (AccountImport.Checked line : check.lines()) {
            if (line.good()) {
                created.add(insert(line.line().request(), "user.imported").username());
            } else {
                leftOut.add(line);
            }
        }
        if (!created.isEmpty()) {
            camundaIdentity.syncToCamunda();
        }
        return new AccountImport.Result(created, leftOut);
    }

    /** Whom a set-password link is for, while it works; it stays unused. */
    @Transactional(readOnly = true)
    public PasswordLink passwordLink(String token) {
        AccountTokens.Token link = tokens.peek(Purpose.PASSWORD, token)
                .filter(t -> users.isEnabled(t.username()))
                .orElseThrow(() -> new InvalidRequestException("token", EnterpriseAccounts.INVALID_LINK));
        return new PasswordLink(link.username(), link.displayName(), link.expiresAt());
    }

    /** Follows the mailed link: the account's password from now on is this one, under the sign-up's rules. */
    public String setPassword(String token, String password) {
        PasswordLink link = passwordLink(token);
        passwords.check("password", password, link.username()).ifPresent(violation -> {
            throw new InvalidRequestException(List.of(violation));
        });
        AccountTokens.Token used = tokens.redeem(Purpose.PASSWORD, token)
                .orElseThrow(() -> new InvalidRequestException("token", EnterpriseAccounts.INVALID_LINK));
        users.changePassword(used.username(), password);
        audit.recordAs(used.username(), "user.passwordSet", "user", used.username(), null, Map.of("through", "mailed link"));
        return used.username();
    }

    /** The account a set-password link is for. */
    public record PasswordLink(String username, String displayName, java.time.Instant expiresAt) {
    }

    private AccountProfile insert(AccountRequest request, String action) {
        Set<Role> roles = roleSet(request.roles());
        AppUser user = new AppUser(request.username(), request.displayName(), request.email(), request.phone(),
                request.unitCode(), null, roles);
        try {
            users.create(user, unusablePassword(), true);
        } catch (DuplicateKeyException sameMoment) {
            throw new InvalidRequestException("username", "is taken; choose another");
        }
        if (request.unitCode() != null && request.unitHead()) {
            jdbc.sql("update app_user set unit_head = true where username = ?").param(request.username()).update();
        }
        AccountProfile created = get(request.username());
        mailPasswordLink(created, "account.welcome");
        audit.record(action, "user", created.username(), null, created);
        return created;
    }

    private void mailPasswordLink(AccountProfile account, String template) {
        tokens.discardUnused(Purpose.PASSWORD, account.username());
        AccountTokens.Issued link = tokens.issue(Purpose.PASSWORD, null, account.username(), account.email(),
                account.displayName(), currentUsername(), properties.passwordLinkValidity());
        notifications.send(template, Map.of(
                        "name", account.displayName(),
                        "username", account.username(),
                        "link", properties.passwordUrl(link.token()),
                        "validUntil", link.expiresAt()),
                List.of(new Recipient(account.username(), account.displayName(), account.email(), null)),
                template + "/" + link.hash());
    }

    /** A password nobody knows: the account cannot sign in until its owner chose one through the link. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private List<Violation> checkNew(AccountRequest request, Set<String> namedEarlierInTheFile) {
        List<Violation> violations = new ArrayList<>();
        if (request.username() == null) {
            violations.add(new Violation("username", "must not be blank"));
        } else if (!USERNAME.matcher(request.username()).matches()) {
            violations.add(new Violation("username", SignUpRequest.USERNAME_MESSAGE));
        } else if (!namedEarlierInTheFile.isEmpty()) {
            violations.add(new Violation("username", "is named twice in the file"));
        } else if (users.usernameTaken(request.username())) {
            violations.add(new Violation("username", "is taken; choose another"));
        }
        violations.addAll(check(request));
        return violations;
    }

    /** The rules of every account an administrator writes, beyond the username. */
    private List<Violation> check(AccountRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.displayName() == null) {
            violations.add(new Violation("displayName", "must not be blank"));
        } else if (request.displayName().length() > 200) {
            violations.add(new Violation("displayName", "must have at most 200 characters"));
        }
        if (request.email() == null) {
            violations.add(new Violation("email", "must not be blank"));
        } else if (request.email().length() > 200 || !EMAIL.matcher(request.email()).matches()) {
            violations.add(new Violation("email", "must be a well-formed email address"));
        }
        if (request.phone() != null && !MOBILE.matcher(request.phone()).matches()) {
            violations.add(new Violation("phone", SignUpRequest.MOBILE_MESSAGE));
        }
        if (request.roles().isEmpty()) {
            violations.add(new Violation("roles", "must name at least one role"));
        } else if (request.roles().contains(Role.ENTERPRISE.name())) {
            violations.add(new Violation("roles", "enterprise accounts sign up themselves"));
        } else if (!request.roles().stream().allMatch(r -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(r)))) {
            violations.add(new Violation("roles", "must be roles of the system: INTAKE, UNIT, SUPERVISOR, ADMIN, MEMBER, COMMITTEE, LEADER"));
        }
        if (request.unitCode() != null) {
            Boolean active = jdbc.sql("select active from unit where code = ?").param(request.unitCode()).query(Boolean.class).optional().orElse(null);
            if (active == null) {
                violations.add(new Violation("unitCode", "is not a unit"));
            } else if (!active) {
                violations.add(new Violation("unitCode", "is not active"));
            }
        } else if (request.roles().contains(Role.UNIT.name())) {
            violations.add(new Violation("unitCode", "is required for the role UNIT"));
        }
        if (request.unitHead() && request.unitCode() == null) {
            violations.add(new Violation("unitHead", "only someone of a unit heads it"));
        }
        return violations;
    }

    private static Set<Role> roleSet(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : codes) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(code) && ASSIGNABLE.contains(r)).forEach(roles::add);
        }
        return roles;
    }

    private Set<Role> roles(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where username = ?").param(username).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private long otherActiveAdministrators(String username) {
        return jdbc.sql("""
                        select count(*) from app_user u join app_user_role r on r.username = u.username
                        where r.role = 'ADMIN' and u.enabled = true and u.username <> ?""")
                .param(username).query(Long.class).single();
    }

    private static String currentUsername() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditLog.SYSTEM : authentication.getName();
    }

    /** The assignable roles, in declaration order, as the form offers them. */
    public static List<Role> assignableRoles() {
        return List.copyOf(ASSIGNABLE);
    }
}
