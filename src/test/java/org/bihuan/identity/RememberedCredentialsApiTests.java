package org.bihuan.identity;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTP Basic through the real filter chain: a verified password is remembered (so the next call skips
 * bcrypt), and a password change or a deactivation counts from the very next request. Each test has an
 * account of its own, so the demo accounts the other tests use keep their password.
 */
class RememberedCredentialsApiTests extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Users users;
    @Autowired
    CredentialCache verified;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void units() {
        TestUsers.ensure(jdbc);
    }

    @Test
    void aPasswordVerifiedOverHttpBasicIsRememberedForTheNextRequest() throws Exception {
        String account = freshAccount("pw-remembered");

        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);

        assertThat(verified.holds(account, storedHash(account), TestUsers.PASSWORD)).isTrue();
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() throws Exception {
        String account = freshAccount("pw-wrong");
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);

        assertThat(meStatus(account, "not-the-password")).isEqualTo(401);
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void afterAPasswordChangeTheOldPasswordIsRefusedAtOnceAndTheNewOneWorks() throws Exception {
        String account = freshAccount("pw-change");
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);
        String oldHash = storedHash(account);

        users.changePassword(account, "a new passphrase");

        assertThat(verified.holds(account, oldHash, TestUsers.PASSWORD)).as("dropped, not left to expire").isFalse();
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(meStatus(account, "a new passphrase")).isEqualTo(200);
    }

    @Test
    void aPasswordChangedDirectlyInTheTableStopsTheRememberedOneToo() throws Exception {
        String account = freshAccount("pw-table");
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);

        jdbc.sql("update app_user set password_hash = :hash where username = :username")
                .param("hash", passwordEncoder.encode("set by a DBA")).param("username", account).update();

        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(meStatus(account, "set by a DBA")).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountIsRefusedAtOnceThoughItsPasswordWasJustVerified() throws Exception {
        String account = freshAccount("pw-deactivated");
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);

        users.deactivate(account);

        assertThat(verified.holds(account, storedHash(account), TestUsers.PASSWORD)).isFalse();
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(users.find(account)).as("still names the owner of old cases").isPresent();
    }

    @Test
    void anAccountDisabledDirectlyInTheTableIsRefusedAtOnce() throws Exception {
        String account = freshAccount("pw-disabled");
        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(200);

        jdbc.sql("update app_user set enabled = false where username = :username").param("username", account).update();

        assertThat(meStatus(account, TestUsers.PASSWORD)).isEqualTo(401);
    }

    @Test
    void aBlankPasswordOrAnUnknownAccountIsRefusedByName() {
        String account = freshAccount("pw-blank");

        assertThatThrownBy(() -> users.changePassword(account, " "))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("password"));
        assertThatThrownBy(() -> users.changePassword("nobody-at-all", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.deactivate("nobody-at-all")).isInstanceOf(NotFoundException.class);
    }

    /** An enabled INTAKE account with the demo password, as it was before any earlier run touched it. */
    private String freshAccount(String username) {
        jdbc.sql("delete from app_user_role where username = :username").param("username", username).update();
        jdbc.sql("delete from app_user where username = :username").param("username", username).update();
        jdbc.sql("insert into app_user (username, password_hash, display_name, unit_code, enabled) "
                        + "values (:username, :hash, '测试账号', 'QQB', true)")
                .param("username", username).param("hash", passwordEncoder.encode(TestUsers.PASSWORD))
                .update();
        jdbc.sql("insert into app_user_role (username, role) values (:username, 'INTAKE')")
                .param("username", username).update();
        verified.forget(username);
        return username;
    }

    private String storedHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username")
                .param("username", username).query(String.class).single();
    }

    private int meStatus(String username, String password) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + credentials).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
