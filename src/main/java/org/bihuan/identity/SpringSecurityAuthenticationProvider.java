package org.bihuan.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.util.List;

/**
 * Tells Camunda's webapps who Spring Security signed in, with the same groups the identity sync writes.
 * Public only because the webapps' filter instantiates it by class name.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        Users users = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                .getBean(Users.class);
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(users.camundaGroupsOf(authentication.getName()));
        result.setTenants(List.of());
        return result;
    }
}
