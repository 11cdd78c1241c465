package org.bihuan.identity;

import java.util.Set;

/**
 * An account as the administrators see it (/admin/users): never its password.
 *
 * @param unitHead   whether it heads its unit (超期催办 reaches it)
 * @param creditCode the enterprise an ENTERPRISE account speaks for; null for everyone else
 * @param active     false once deactivated: it cannot sign in and still names the owner of its old cases
 */
public record AccountProfile(String username, String displayName, String email, String phone, String unitCode,
                             boolean unitHead, String creditCode, Set<Role> roles, boolean active) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Enterprise accounts come from sign-up and belong to their enterprise: administrators do not edit them. */
    public boolean enterprise() {
        return roles.contains(Role.ENTERPRISE);
    }
}
