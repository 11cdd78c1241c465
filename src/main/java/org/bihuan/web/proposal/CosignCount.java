package org.bihuan.web.proposal;

import org.bihuan.identity.AppUser;
import org.bihuan.proposal.MemberPortal;
import org.bihuan.web.Navigation;
import org.bihuan.web.NavigationCount;
import org.springframework.stereotype.Component;

/** The header shows a member how many invitations to cosign wait for an answer. */
@Component
class CosignCount implements NavigationCount {

    private final MemberPortal portal;

    CosignCount(MemberPortal portal) {
        this.portal = portal;
    }

    @Override
    public String href() {
        return Navigation.COSIGN_REQUESTS;
    }

    @Override
    public long count(AppUser user) {
        return portal.cosignRequests(user).size();
    }
}
