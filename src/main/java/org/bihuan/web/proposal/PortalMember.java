package org.bihuan.web.proposal;

import org.bihuan.domain.ForbiddenException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.proposal.MemberPortal;
import org.bihuan.proposal.ProposalView;
import org.springframework.stereotype.Component;

import java.util.List;

/** The signed-in CPPCC member of a portal page; anyone else gets the 403 page. */
@Component
class PortalMember {

    private final Users users;
    private final MemberPortal portal;

    PortalMember(Users users, MemberPortal portal) {
        this.users = users;
        this.portal = portal;
    }

    AppUser current() {
        AppUser user = users.current();
        if (!user.has(Role.MEMBER)) {
            throw new ForbiddenException("the member portal is for CPPCC members");
        }
        return user;
    }

    /** The chosen cosigners by name, in the order chosen; a username that is no member shows as typed. */
    List<ProposalView.MemberEntry> named(AppUser member, List<String> usernames) {
        return usernames.stream().map(username -> portal.members(member, username).stream()
                        .filter(entry -> entry.username().equals(username)).findFirst()
                        .orElse(new ProposalView.MemberEntry(username, username)))
                .toList();
    }
}
