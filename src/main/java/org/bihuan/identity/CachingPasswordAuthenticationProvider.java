package org.bihuan.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's username/password check with one shortcut: a password that bcrypt accepted for the
 * same stored hash within the last minutes ({@link CredentialCache}) is accepted without bcrypt. Everything
 * else is the stock provider: the account is read from {@code app_user} on every request, and a disabled
 * account is refused before the password is looked at, so disabling takes effect at once.
 */
class CachingPasswordAuthenticationProvider extends DaoAuthenticationProvider {

    private final CredentialCache verified;

    CachingPasswordAuthenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                          CredentialCache verified) {
        super(accounts);
        setPasswordEncoder(passwordEncoder);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        Object presented = authentication.getCredentials();
        if (presented != null && account.getPassword() != null
                && verified.holds(account.getUsername(), account.getPassword(), presented.toString())) {
            return;
        }
        super.additionalAuthenticationChecks(account, authentication);
        verified.remember(account.getUsername(), account.getPassword(), presented.toString());
    }
}
