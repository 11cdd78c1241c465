package org.bihuan.supervision;

import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;

/**
 * Who sees which supervision lines, for the API and the pages alike: supervisors and administrators every unit's,
 * a unit official only its own unit's, nobody else any.
 */
final class SupervisionAccess {

    private SupervisionAccess() {
    }

    /** The unit the user's lists are limited to: the one asked for (null: all) for a supervisor, its own for a unit official. */
    static String scopedUnit(AppUser user, String requested) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return requested;
        }
        if (user.has(Role.UNIT) && user.unitCode() != null) {
            if (requested != null && !requested.equals(user.unitCode())) {
                throw new ForbiddenException("a unit official sees only its own unit's supervision");
            }
            return user.unitCode();
        }
        throw new ForbiddenException("supervision is for supervisors and the units concerned");
    }

    static LedgerEntry visible(AppUser user, LedgerEntry entry) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)
                || user.has(Role.UNIT) && user.unitCode() != null && user.unitCode().equals(entry.unitCode())) {
            return entry;
        }
        throw new NotFoundException("no supervision ledger entry " + entry.id());
    }
}
