package org.bihuan.identity;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The password check as the security filter chain calls it (through a ProviderManager, which erases the
 * credentials of every result), with a spying bcrypt encoder that counts the expensive comparisons.
 */
class CachingPasswordAuthenticationProviderTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final PasswordEncoder bcrypt = spy(new BCryptPasswordEncoder(4));
    private final Map<String, UserDetails> accounts = new HashMap<>();
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final CredentialCache verified = new CredentialCache(new CredentialCacheProperties(TTL, 100), ticker);
    private final AuthenticationManager manager = new ProviderManager(
            new CachingPasswordAuthenticationProvider(this::load, bcrypt, verified));

    @Test
    void repeatedRequestsWithTheSamePasswordRunBcryptOnce() {
        account("unit-a", "demo", true);
        clearInvocations(bcrypt);

        for (int request = 0; request < 10; request++) {
            Authentication result = manager.authenticate(basic("unit-a", "demo"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UNIT");
        }

        verify(bcrypt, times(1)).matches(any(), any());
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndDoesNotDisturbTheRememberedOne() {
        account("unit-a", "demo", true);
        manager.authenticate(basic("unit-a", "demo"));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> manager.authenticate(basic("unit-a", "dem0")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clearInvocations(bcrypt);

        assertThat(manager.authenticate(basic("unit-a", "demo")).isAuthenticated()).isTrue();
        verify(bcrypt, times(0)).matches(any(), any());
    }

    @Test
    void aPasswordChangedInTheTableStopsTheOldOneAtOnceWithoutAnEviction() {
        account("unit-a", "demo", true);
        manager.authenticate(basic("unit-a", "demo"));

        account("unit-a", "new secret", true);

        assertThatThrownBy(() -> manager.authenticate(basic("unit-a", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(manager.authenticate(basic("unit-a", "new secret")).isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceThoughItsPasswordWasJustVerified() {
        account("unit-a", "demo", true);
        manager.authenticate(basic("unit-a", "demo"));

        accounts.put("unit-a", User.withUserDetails(accounts.get("unit-a")).disabled(true).build());

        assertThatThrownBy(() -> manager.authenticate(basic("unit-a", "demo")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aForgottenAccountRunsBcryptAgain() {
        account("unit-a", "demo", true);
        manager.authenticate(basic("unit-a", "demo"));
        clearInvocations(bcrypt);

        verified.forget("unit-a");
        manager.authenticate(basic("unit-a", "demo"));

        verify(bcrypt, times(1)).matches(any(), any());
    }

    @Test
    void aRememberedPasswordIsVerifiedAgainAfterTheTtl() {
        account("unit-a", "demo", true);
        manager.authenticate(basic("unit-a", "demo"));
        clearInvocations(bcrypt);

        nanos.addAndGet(TTL.minusSeconds(1).toNanos());
        manager.authenticate(basic("unit-a", "demo"));
        verify(bcrypt, times(0)).matches(any(), any());

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        manager.authenticate(basic("unit-a", "demo"));
        verify(bcrypt, atLeastOnce()).matches(any(), any());
    }

    @Test
    void theCacheHoldsADigestNeverThePassword() {
        account("unit-a", "demo", true);
        manager.authenticate(basic("unit-a", "demo"));

        assertThat(verified.holds("unit-a", accounts.get("unit-a").getPassword(), "demo")).isTrue();
        assertThat(verified.holds("unit-a", accounts.get("unit-a").getPassword(), "Demo")).isFalse();
        assertThat(verified.holds("unit-b", accounts.get("unit-a").getPassword(), "demo")).isFalse();
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        CredentialCache off = new CredentialCache(new CredentialCacheProperties(Duration.ZERO, 100), ticker);
        AuthenticationManager uncached = new ProviderManager(new CachingPasswordAuthenticationProvider(this::load, bcrypt, off));
        account("unit-a", "demo", true);
        clearInvocations(bcrypt);

        uncached.authenticate(basic("unit-a", "demo"));
        uncached.authenticate(basic("unit-a", "demo"));

        verify(bcrypt, times(2)).matches(any(), any());
    }

    private void account(String username, String password, boolean enabled) {
        accounts.put(username, User.withUsername(username).password(bcrypt.encode(password)).disabled(!enabled)
                .roles("UNIT").build());
    }

    /** A fresh copy each time, as the table gives one: the ProviderManager erases the password of what it returns. */
    private UserDetails load(String username) {
        UserDetails account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException(username);
        }
        return User.withUserDetails(account).build();
    }

    private static UsernamePasswordAuthenticationToken basic(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
