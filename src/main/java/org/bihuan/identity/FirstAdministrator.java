package org.bihuan.identity;

import org.bihuan.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first start of an installation without demo data: while no account has the ADMIN role, the administrator named
 * by {@code BIHUAN_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD} is created, under the same password rules as everyone
 * (a weak or missing password stops the start, saying why). Once any administrator exists, the variables are ignored
 * on every later start: nothing is recreated, no password is reset. The log says what was done, never the password.
 * Runs after the demo data and before the Camunda identity sync, which then makes the account a Camunda admin.
 */
@Component
@Order(6)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String ACTOR = "bootstrap";
    private static final Pattern USERNAME = Pattern.compile(SignUpRequest.USERNAME);

    private final FirstAdministratorProperties properties;
    private final JdbcClient jdbc;
    private final Users users;
    private final PasswordPolicy passwords;
    private final AuditLog audit;

    FirstAdministrator(FirstAdministratorProperties properties, JdbcClient jdbc, Users users, PasswordPolicy passwords,
                       AuditLog audit) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long administrators = jdbc.sql("select count(*) from app_user_role where role = 'ADMIN'").query(Long.class).single();
        if (administrators > 0) {
            if (properties.given()) {
                log.info("First administrator: {} administrator account(s) exist, so BIHUAN_BOOTSTRAP_ADMIN_* is ignored "
                        + "(nothing created or reset); you may remove those variables.", administrators);
            }
            return;
        }
        if (!properties.given()) {
            log.warn("No administrator account exists. Set BIHUAN_BOOTSTRAP_ADMIN_USERNAME and BIHUAN_BOOTSTRAP_ADMIN_PASSWORD "
                    + "(at least the password policy's length) and restart to create the first one.");
            return;
        }
        String username = properties.username() == null ? "" : properties.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalStateException("BIHUAN_BOOTSTRAP_ADMIN_USERNAME is refused: it " + SignUpRequest.USERNAME_MESSAGE
                    + ". No administrator was created.");
        }
        if (users.usernameTaken(username)) {
            throw new IllegalStateException("BIHUAN_BOOTSTRAP_ADMIN_USERNAME '" + username + "' belongs to an account that is "
                    + "not an administrator; choose another name. No administrator was created.");
        }
        passwords.check("password", properties.password(), username).ifPresent(violation -> {
            throw new IllegalStateException("BIHUAN_BOOTSTRAP_ADMIN_PASSWORD is refused: it " + violation.message()
                    + ". No administrator was created.");
        });
        String email = properties.email() == null || properties.email().isBlank() ? null : properties.email().strip();
        users.create(new AppUser(username, properties.displayName(), email, null, null, null, Set.of(Role.ADMIN)),
                properties.password(), true);
        audit.recordAs(ACTOR, "user.created", "user", username, null,
                Map.of("username", username, "displayName", properties.displayName(), "roles", Set.of(Role.ADMIN),
                        "from", "BIHUAN_BOOTSTRAP_ADMIN_*"));
        log.warn("Created the first administrator '{}' from BIHUAN_BOOTSTRAP_ADMIN_USERNAME and _PASSWORD (password not "
                + "logged). Sign in and remove BIHUAN_BOOTSTRAP_ADMIN_PASSWORD from the environment; later starts leave "
                + "administrators alone.", username);
    }
}
