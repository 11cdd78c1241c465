package org.bihuan.supervision;

import org.bihuan.domain.DomainException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A supervisor's one 催办 to every overdue step of a unit: the configured level
 * ({@code bihuan.escalation.unit-reminder-level}, the ladder's 超期催办 by default) applied by hand to each step that
 * is overdue now, each on its own, so one that cannot be reminded (closed meanwhile) stops none of the others.
 */
@Service
public class UnitReminders {

    private final SupervisionQueries queries;
    private final Escalations escalations;
    private final Users users;
    private final TransactionTemplate eachOnItsOwn;
    private final String level;

    UnitReminders(SupervisionQueries queries, Escalations escalations, Users users, PlatformTransactionManager transactions,
                  @Value("${bihuan.escalation.unit-reminder-level:OVERDUE}") String level) {
        this.queries = queries;
        this.escalations = escalations;
        this.users = users;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (escalations.levels().stream().noneMatch(l -> l.name().equals(level))) {
            throw new IllegalStateException("bihuan.escalation.unit-reminder-level names no level of bihuan.escalation.levels: " + level);
        }
        this.level = level;
    }

    /** The steps of the unit that are overdue now: those a 催办 to the unit would reach, the same as {@link #remind} takes. */
    public List<OverdueStep> overdueSteps(AppUser supervisor, String unitCode) {
        requireSupervisor(supervisor);
        if (users.unit(unitCode).isEmpty()) {
            throw new NotFoundException("no unit " + unitCode);
        }
        return queries.overdue(null, unitCode, null, null);
    }

    public List<Reminded> remind(AppUser supervisor, String unitCode, String note) {
        requireSupervisor(supervisor);
        if (users.unit(unitCode).isEmpty()) {
            throw new NotFoundException("no unit " + unitCode);
        }
        if (note != null && note.length() > 5000) {
            throw new InvalidRequestException("note", "must be at most 5000 characters");
        }
        List<Reminded> results = new ArrayList<>();
        for (OverdueStep step : overdueSteps(supervisor, unitCode)) {
            try {
                LedgerEntry entry = eachOnItsOwn.execute(status -> escalations.onStep(supervisor, level, step, note));
                results.add(new Reminded(step.caseNo(), step.caseType(), step.taskId(), step.stepKey(), step.stepName(), step.overdueWorkingDays(), true,
                        entry.id(), entry.level(), null));
            } catch (DomainException refused) {
                results.add(new Reminded(step.caseNo(), step.caseType(), step.taskId(), step.stepKey(), step.stepName(), step.overdueWorkingDays(), false,
                        null, null, refused.getMessage()));
            }
        }
        return results;
    }

    /** @throws ForbiddenException unless the user is a supervisor or an administrator */
    public static void requireSupervisor(AppUser user) {
        if (!user.has(Role.SUPERVISOR) && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("only a supervisor sends 催办 to a unit");
        }
    }

    /** What one overdue step got: the ledger line of its 催办, or why none. */
    public record Reminded(String caseNo, String caseType, String taskId, String stepKey, String stepName, int overdueWorkingDays, boolean ok,
                           Long ledgerId, String level, String error) {
    }
}
