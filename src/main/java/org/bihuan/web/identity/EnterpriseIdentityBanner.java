package org.bihuan.web.identity;

import org.bihuan.identity.AppUser;
import org.bihuan.identity.Enterprises;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.identity.VerificationStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.security.Principal;

/**
 * The layout's "identity not verified" banner: on every page an enterprise account sees while no intake clerk has
 * confirmed its enterprise's licence (or after one refused it). Model attribute {@value #ATTRIBUTE}: the
 * enterprise's {@link VerificationStatus} when it is not verified, null for everyone else.
 */
@ControllerAdvice(basePackages = "org.bihuan.web")
class EnterpriseIdentityBanner {

    static final String ATTRIBUTE = "enterpriseIdentity";

    private final Users users;
    private final Enterprises enterprises;

    EnterpriseIdentityBanner(Users users, Enterprises enterprises) {
        this.users = users;
        this.enterprises = enterprises;
    }

    @ModelAttribute(ATTRIBUTE)
    VerificationStatus enterpriseIdentity(Principal principal) {
        if (principal == null) {
            return null;
        }
        AppUser user = users.find(principal.getName()).orElse(null);
        if (user == null || !user.has(Role.ENTERPRISE) || user.creditCode() == null) {
            return null;
        }
        VerificationStatus status = enterprises.verification(user.creditCode()).status();
        return status == VerificationStatus.VERIFIED ? null : status;
    }
}
