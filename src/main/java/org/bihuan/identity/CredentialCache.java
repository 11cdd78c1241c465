package org.bihuan.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Credentials that bcrypt verified a short while ago, so that a client repeating HTTP Basic on every call
 * is not made to pay ~90 ms of CPU each time. What is kept per account is an HMAC-SHA256 of username,
 * stored password hash and password under a key drawn at random when the process starts: never the
 * password, and nothing that outlives the process or helps guess the password offline. Because the
 * stored hash is part of the digest, a password changed anywhere (even directly in {@code app_user})
 * stops matching at once; {@link #forget} drops an account's entry eagerly as well.
 */
@Component
class CredentialCache {

    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final Cache<String, byte[]> verified;

    @Autowired
    CredentialCache(CredentialCacheProperties properties) {
        this(properties, Ticker.systemTicker());
    }

    /** With the ticker a test moves. Expiry follows real time, not the business clock the engine runs on. */
    CredentialCache(CredentialCacheProperties properties, Ticker ticker) {
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(properties.credentialCacheTtl())
                .maximumSize(properties.credentialCacheSize())
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** Whether this password was verified against this stored hash of the account within the ttl. */
    boolean holds(String username, String storedHash, String password) {
        byte[] remembered = verified.getIfPresent(username);
        return remembered != null && MessageDigest.isEqual(remembered, digest(username, storedHash, password));
    }

    void remember(String username, String storedHash, String password) {
        verified.put(username, digest(username, storedHash, password));
    }

    /** The account's password changed, or it was disabled or locked: its next request runs bcrypt again. */
    void forget(String username) {
        verified.invalidate(username);
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private byte[] digest(String username, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            // length-prefixed, so that no two different triples feed the same bytes
            for (String part : new String[]{username, storedHash, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
