package org.bihuan.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/** Spring Security's view of {@code app_user}: BCrypt hash, enabled flag, ROLE_&lt;ROLE&gt; authorities. */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AppUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = jdbc.sql("select username, password_hash, enabled from app_user where username = :username")
                .param("username", username)
                .query(Account.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<String> roles = jdbc.sql("select role from app_user_role where username = :username order by role")
                .param("username", username)
                .query(String.class)
                .list();
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .roles(roles.toArray(String[]::new))
                .build();
    }

    record Account(String username, String passwordHash, boolean enabled) {
    }
}
