package org.bihuan.identity;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The single-use links of sign-up, invitations and the set-password links of office accounts (new account, reset). A token is 256 random bits; only its SHA-256 is stored, so the
 * table does not let anyone follow a link. Unknown, used and expired tokens look the same to the caller.
 */
@Component
class AccountTokens {

    enum Purpose {
        CONFIRMATION, INVITATION,
        /** an account an administrator created or reset chooses its password (no enterprise: credit code null) */
        PASSWORD
    }

    /** the longest token anyone could have been sent; anything longer is not looked up */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the token to put in the link; it exists nowhere else */
    Issued issue(Purpose purpose, String creditCode, String username, String email, String displayName,
                 String issuedBy, Duration validity) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validity);
        jdbc.sql("""
                        insert into account_token (token_hash, purpose, credit_code, username, email, display_name,
                                                   issued_by, issued_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), purpose.name(), creditCode, username, email, displayName, issuedBy, utc(now),
                        utc(expiresAt))
                .update();
        return new Issued(token, hash(token), expiresAt);
    }

    /** The token, while it is unused and unexpired, without using it. */
    Optional<Token> peek(Purpose purpose, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from account_token where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
                .params(hash(token), purpose.name(), utc(clock.instant()))
                .query(AccountTokens::token).optional();
    }

    /**
     * Uses the token: the one caller that gets it back. Marking it used is a single conditional update, so two
     * clicks at the same moment cannot both succeed; the caller's rollback gives the token back.
     */
    Optional<Token> redeem(Purpose purpose, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int used = jdbc.sql("""
                        update account_token set used_at = ?
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(utc(now), hash(token), purpose.name(), utc(now))
                .update();
        if (used == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select * from account_token where token_hash = ?").param(hash(token))
                .query(AccountTokens::token).optional();
    }

    /** An enterprise's unused, unexpired invitations. */
    List<Token> pendingInvitations(String creditCode) {
        return jdbc.sql("""
                        select * from account_token where credit_code = ? and purpose = 'INVITATION'
                        and used_at is null and expires_at > ? order by issued_at""")
                .params(creditCode, utc(clock.instant()))
                .query(AccountTokens::token).list();
    }

    boolean hasLiveConfirmation(String creditCode) {
        return jdbc.sql("""
                        select count(*) from account_token where credit_code = ? and purpose = 'CONFIRMATION'
                        and used_at is null and expires_at > ?""")
                .params(creditCode, utc(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /** The account's unused links of this purpose stop working (a newer one was mailed, or the account was closed). */
    void discardUnused(Purpose purpose, String username) {
        jdbc.sql("delete from account_token where purpose = ? and username = ? and used_at is null")
                .params(purpose.name(), username).update();
    }

    void discardAll(String creditCode) {
        jdbc.sql("delete from account_token where credit_code = ?").param(creditCode).update();
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN_LENGTH;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Token token(ResultSet rs, int row) throws SQLException {
        return new Token(rs.getString("token_hash"), Purpose.valueOf(rs.getString("purpose")), rs.getString("credit_code"),
                rs.getString("username"), rs.getString("email"), rs.getString("display_name"), rs.getString("issued_by"),
                instant(rs, "issued_at"), instant(rs, "expires_at"));
    }

    record Issued(String token, String hash, Instant expiresAt) {
    }

    record Token(String hash, Purpose purpose, String creditCode, String username, String email, String displayName,
                 String issuedBy, Instant issuedAt, Instant expiresAt) {
    }
}
