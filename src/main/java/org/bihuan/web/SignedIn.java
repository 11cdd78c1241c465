package org.bihuan.web;

import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;

import java.util.List;

/**
 * Who is signed in, as every page's header shows them: the name, the roles (shown by label, {@code role.<ROLE>})
 * and the links those roles may use. Model attribute {@code signedIn}; null for a visitor.
 */
public record SignedIn(String username, String displayName, List<Role> roles, List<Navigation.Link> links) {

    static SignedIn of(AppUser user) {
        return of(user, false);
    }

    /** @param unitHead the person heads a unit (its links include the dashboard) */
    static SignedIn of(AppUser user, boolean unitHead) {
        return new SignedIn(user.username(), user.displayName(), List.copyOf(user.roles()), Navigation.linksFor(user, unitHead));
    }

    public boolean has(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    public boolean official() {
        return roles.stream().anyMatch(Role.OFFICIALS::contains);
    }

    public boolean supervisor() {
        return roles.stream().anyMatch(Navigation.SUPERVISORS::contains);
    }
}
