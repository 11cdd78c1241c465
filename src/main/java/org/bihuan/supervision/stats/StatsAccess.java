package org.bihuan.supervision.stats;

import org.bihuan.domain.ForbiddenException;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may see the numbers: supervisors and administrators all of them; intake officials the complaints'
 * (they run the 12345-style intake), the proposal committee the proposals'. Units see nothing here: a unit's
 * own performance is what the supervisor judges.
 */
final class StatsAccess {

    private StatsAccess() {
    }

    /** The case types the user asked for and may see; a requested type the user may not see is refused. */
    static List<CaseType> typesFor(AppUser user, Optional<CaseType> requested) {
        List<CaseType> allowed = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)
                    || (type == CaseType.COMPLAINT && user.has(Role.INTAKE))
                    || (type == CaseType.PROPOSAL && user.has(Role.COMMITTEE))) {
                allowed.add(type);
            }
        }
        if (requested.isPresent()) {
            if (!allowed.contains(requested.get())) {
                throw new ForbiddenException("the " + requested.get() + " numbers are for supervisors"
                        + (requested.get() == CaseType.COMPLAINT ? ", intake officials" : ", the proposal committee") + " and administrators");
            }
            return List.of(requested.get());
        }
        if (allowed.isEmpty()) {
            throw new ForbiddenException("the numbers are for supervisors, intake officials, the proposal committee and administrators");
        }
        return allowed;
    }
}
