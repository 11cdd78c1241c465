package org.bihuan.casefile;

import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule of who sees which case. Lists use {@link #filter}, single reads use {@link #canSee}; both
 * say the same thing, and a case someone may not see looks to them as if it did not exist.
 * <ul>
 *   <li>an enterprise or a member: the cases it filed; every staff account of an enterprise: the cases the case
 *       file grants to its credit code ({@link #ENTERPRISE} access, given when one of them files);</li>
 *   <li>a unit official: the cases now with its unit;</li>
 *   <li>whoever the case file grants access to: a proposal's cosigners, every unit it is assigned to,
 *       the leader who supervises it, the proposers of proposals merged into it;</li>
 *   <li>intake clerks, supervisors and administrators: every complaint; the committee, supervisors and
 *       administrators: every proposal.</li>
 * </ul>
 */
@Component
public class CaseVisibility {

    /** The case_access kind whose principal is an enterprise's credit code. */
    public static final String ENTERPRISE = "ENTERPRISE";
    /** a principal no access row has, for the roles a condition does not apply to */
    private static final String NOBODY = "-";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;

    CaseVisibility(JdbcClient jdbc, CaseFiles caseFiles) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
    }

    /** The case, when this user may see it; otherwise the same "not found" as for a case that does not exist. */
    public CaseFile visibleCase(AppUser user, String caseNo, CaseType type) {
        return caseFiles.find(caseNo)
                .filter(f -> f.caseType() == type && canSee(user, f))
                .orElseThrow(() -> new NotFoundException("no " + type.name().toLowerCase() + " " + caseNo));
    }

    public boolean canSee(AppUser user, CaseFile file) {
        if (seesAll(user, file.caseType())) {
            return true;
        }
        if (user.username().equals(file.ownerUsername())) {
            return true;
        }
        if (isOfficialOf(user, file.unitCode())) {
            return true;
        }
        return jdbc.sql("""
                        select count(*) from case_access where case_no = ?
                        and ((kind = 'USER' and principal = ?) or (kind = 'UNIT' and principal = ?)
                             or (kind = 'ENTERPRISE' and principal = ?))""")
                .params(file.caseNo(), user.username(), unitPrincipal(user), enterprisePrincipal(user))
                .query(Long.class).single() > 0;
    }

    private static String unitPrincipal(AppUser user) {
        return user.has(Role.UNIT) && user.unitCode() != null ? user.unitCode() : NOBODY;
    }

    private static String enterprisePrincipal(AppUser user) {
        return user.has(Role.ENTERPRISE) && user.creditCode() != null ? user.creditCode() : NOBODY;
    }

    private static boolean isOfficialOf(AppUser user, String unitCode) {
        return user.has(Role.UNIT) && user.unitCode() != null && user.unitCode().equals(unitCode);
    }

    /** A SQL condition on the case_file table aliased {@code alias}, with positional parameters. */
    public Filter filter(AppUser user, CaseType type, String alias) {
        if (seesAll(user, type)) {
            return new Filter("1 = 1", List.of());
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        conditions.add(alias + ".owner_username = ?");
        params.add(user.username());
        if (user.has(Role.UNIT) && user.unitCode() != null) {
            conditions.add(alias + ".unit_code = ?");
            params.add(user.unitCode());
        }
        conditions.add("exists (select 1 from case_access a where a.case_no = " + alias + ".case_no"
                + " and ((a.kind = 'USER' and a.principal = ?) or (a.kind = 'UNIT' and a.principal = ?)"
                + " or (a.kind = 'ENTERPRISE' and a.principal = ?)))");
        params.add(user.username());
        params.add(unitPrincipal(user));
        params.add(enterprisePrincipal(user));
        return new Filter("(" + String.join(" or ", conditions) + ")", params);
    }

    private static boolean seesAll(AppUser user, CaseType type) {
        if (user.has(Role.ADMIN) || user.has(Role.SUPERVISOR)) {
            return true;
        }
        return switch (type) {
            case COMPLAINT -> user.has(Role.INTAKE);
            case PROPOSAL -> user.has(Role.COMMITTEE);
        };
    }

    public record Filter(String sql, List<Object> params) {
    }
}
