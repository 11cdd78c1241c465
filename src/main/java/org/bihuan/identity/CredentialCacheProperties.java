package org.bihuan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long and for how many accounts a verified password is remembered (see {@link CredentialCache}).
 * A ttl of zero turns the cache off: every request runs bcrypt again.
 */
@ConfigurationProperties("bihuan.security")
record CredentialCacheProperties(
        @DefaultValue("PT5M") Duration credentialCacheTtl,
        @DefaultValue("10000") long credentialCacheSize) {

    CredentialCacheProperties {
        if (credentialCacheTtl.isNegative()) {
            throw new IllegalArgumentException("bihuan.security.credential-cache-ttl must not be negative");
        }
        if (credentialCacheSize < 0) {
            throw new IllegalArgumentException("bihuan.security.credential-cache-size must not be negative");
        }
    }
}
