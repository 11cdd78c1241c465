package org.bihuan.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentUserWithoutAuthenticationTests {

    private final Users users = new Users(null, null);

    @Test
    void aRequestWithoutAuthenticationHasNoCurrentUser() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(users::current).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anAnonymousVisitorIsNoCurrentUser() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(users::current).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
