package org.bihuan.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who can sign in.
 *
 * @param unitCode   the unit an official works for; null for enterprises, members and leaders
 * @param creditCode the unified social credit code of the enterprise an ENTERPRISE account speaks for
 */
public record AppUser(String username, String displayName, String email, String phone, String unitCode,
                      String creditCode, Set<Role> roles) {

    public AppUser {
        // in declaration order, so that lists and JSON show roles the same way every time
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Someone who works cases (intake, a unit, supervision, the committee, a leader, an administrator). */
    public boolean isOfficial() {
        return roles.stream().anyMatch(Role.OFFICIALS::contains);
    }
}
