package org.bihuan.identity;

import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.notification.Notifications;
import org.bihuan.notification.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The identity check of enterprises: anyone can type another firm's credit code, so an intake clerk compares the
 * uploaded business licence with it and approves or refuses, with a reason the enterprise reads. Each decision is
 * kept with who made it and when. Intake clerks, supervisors and administrators do this; nobody else sees the queue.
 */
@Service
@Transactional
public class EnterpriseVerification {

    private static final int MAX_REASON_LENGTH = 2000;
    private static final List<Role> CHECKERS = List.of(Role.INTAKE, Role.SUPERVISOR, Role.ADMIN);

    private final Enterprises enterprises;
    private final Users users;
    private final Notifications notifications;
    private final Clock clock;

    EnterpriseVerification(Enterprises enterprises, Users users, Notifications notifications, Clock clock) {
        this.enterprises = enterprises;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The enterprises whose check stands at this status (the queue: UNVERIFIED), the longest waiting first. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(AppUser official, VerificationStatus status) {
        requireChecker(official);
        return enterprises.withStatus(status).stream().map(this::entry).toList();
    }

    @Transactional(readOnly = true)
    public QueueEntry entry(AppUser official, String creditCode) {
        requireChecker(official);
        return entry(enterprise(creditCode));
    }

    @Transactional(readOnly = true)
    public Licence.Download licence(AppUser official, String creditCode) {
        requireChecker(official);
        enterprise(creditCode);
        Licence licence = enterprises.licence(creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise " + creditCode + " has uploaded no licence"));
        return new Licence.Download(licence, enterprises.licenceContent(creditCode).orElseThrow());
    }

    /** Approves or refuses; the enterprise's administrator hears of it by mail. A later decision may correct an earlier one. */
    public QueueEntry decide(AppUser official, String creditCode, VerificationDecision decision) {
        requireChecker(official);
        Enterprise enterprise = enterprise(creditCode);
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidRequestException("reason", "must be at most " + MAX_REASON_LENGTH + " characters long");
        }
        if (decision.decision() == VerificationDecision.Decision.REFUSE && reason == null) {
            throw new InvalidRequestException("reason", "is required when refusing: the enterprise must learn why");
        }
        VerificationStatus status = decision.decision() == VerificationDecision.Decision.APPROVE
                ? VerificationStatus.VERIFIED : VerificationStatus.REFUSED;
        Instant now = clock.instant();
        long decisionId = enterprises.decide(creditCode, status, reason, official.username(), now);
        users.find(enterprise.administrator()).ifPresent(administrator -> notifications.send(
                status == VerificationStatus.VERIFIED ? "enterprise.verified" : "enterprise.refused",
                status == VerificationStatus.VERIFIED
                        ? Map.of("enterpriseName", enterprise.name(), "creditCode", creditCode)
                        : Map.of("enterpriseName", enterprise.name(), "creditCode", creditCode, "reason", reason),
                List.of(new Recipient(administrator.username(), administrator.displayName(), administrator.email(), null)),
                "enterprise.verification/" + creditCode + "/" + decisionId));
        return entry(enterprise(creditCode));
    }

    private Enterprise enterprise(String creditCode) {
        return enterprises.find(creditCode).orElseThrow(() -> new NotFoundException("no enterprise " + creditCode));
    }

    private QueueEntry entry(Enterprise enterprise) {
        AppUser administrator = users.find(enterprise.administrator()).orElse(null);
        return new QueueEntry(enterprise.creditCode(), enterprise.name(), enterprise.sizeClass(), enterprise.registeredAt(),
                enterprise.verification(),
                administrator == null ? null : new Contact(administrator.displayName(), administrator.phone(), administrator.email()),
                enterprises.licence(enterprise.creditCode()).orElse(null),
                enterprises.decisions(enterprise.creditCode()));
    }

    private static void requireChecker(AppUser user) {
        if (CHECKERS.stream().noneMatch(user::has)) {
            throw new ForbiddenException("only intake clerks, supervisors and administrators check enterprises' identity");
        }
    }

    /** What the clerk sees of an enterprise to check it: its data, who to call, the licence and the decisions so far. */
    public record QueueEntry(String creditCode, String name, String sizeClass, Instant registeredAt, Verification verification,
                             Contact administrator, Licence licence, List<Enterprises.VerificationRecord> decisions) {
    }

    public record Contact(String name, String phone, String email) {
    }
}
