package org.bihuan.identity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.files.UploadedDocument;
import org.bihuan.identity.AccountTokens.Purpose;
import org.bihuan.notification.Notifications;
import org.bihuan.notification.Recipient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enterprise sign-up and staff accounts. One enterprise per credit code: the account that signs up is its
 * administrator and works once the mailed link is followed; it invites colleagues, who choose their username and
 * password through their own link and work at once, and it may remove them. Every rejection is an
 * {@link InvalidRequestException} naming the request field, the same for the API and the pages.
 */
@Service
@Transactional
public class EnterpriseAccounts {

    /** Unknown, used and expired links answer the same, so a caller learns nothing about tokens that exist. */
    static final String ALREADY_SIGNED_UP = "is already signed up: ask the administrator of this enterprise's account";
    static final String INVALID_LINK = "is not valid: the link is unknown, already used or expired";

    private final Users users;
    private final Enterprises enterprises;
    private final AccountTokens tokens;
    private final PasswordPolicy passwords;
    private final Notifications notifications;
    private final CamundaIdentitySync camundaIdentity;
    private final AccountProperties properties;
    private final Validator validator;
    private final Clock clock;

    EnterpriseAccounts(Users users, Enterprises enterprises, AccountTokens tokens, PasswordPolicy passwords,
                       Notifications notifications, CamundaIdentitySync camundaIdentity, AccountProperties properties,
                       Validator validator, Clock clock) {
        this.users = users;
        this.enterprises = enterprises;
        this.tokens = tokens;
        this.passwords = passwords;
        this.notifications = notifications;
        this.camundaIdentity = camundaIdentity;
        this.properties = properties;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Opens the enterprise and its administrator's account, not yet usable, and mails the confirmation link. A
     * code that is already signed up is refused on {@code creditCode}, naming its administrator only by a masked
     * name; a sign-up nobody confirmed in time no longer holds its code or username.
     *
     * @param licenceFilename as the upload named it
     * @param licence         the business licence scan (PDF, JPEG or PNG by content), request field {@code licence}
     */
    public SignedUp signUp(SignUpRequest typed, String licenceFilename, byte[] licence) {
        SignUpRequest request = typed.normalized();
        Instant now = clock.instant();
        discardUnconfirmedSignUps(now);
        List<Violation> violations = new ArrayList<>(constraintViolations(request));
        if (fieldIsValid(violations, "password")) {
            String username = fieldIsValid(violations, "username") ? request.username() : null;
            passwords.check("password", request.password(), username).ifPresent(violations::add);
        }
        if (fieldIsValid(violations, "username") && users.usernameTaken(request.username())) {
            violations.add(new Violation("username", "is taken; choose another"));
        }
        if (fieldIsValid(violations, "creditCode")) {
            alreadySignedUp(request.creditCode()).ifPresent(violations::add);
        }
        UploadedDocument licenceScan = null;
        try {
            licenceScan = UploadedDocument.check("licence", licenceFilename, licence, properties.licenceMaxSize(), "licence");
        } catch (InvalidRequestException rejected) {
            violations.addAll(rejected.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        // another sign-up may take the name or the code between our check and our insert; the database then
        // refuses, and (on PostgreSQL) this transaction can run no further query, so the message is written blind
        try {
            users.create(new AppUser(request.username(), request.contactName(), request.contactEmail(), request.contactPhone(),
                    null, request.creditCode(), Set.of(Role.ENTERPRISE)), request.password(), false);
        } catch (DuplicateKeyException sameMoment) {
            throw new InvalidRequestException("username", "is taken; choose another");
        }
        try {
            enterprises.register(request, now);
        } catch (DuplicateKeyException sameMoment) {
            throw new InvalidRequestException("creditCode", ALREADY_SIGNED_UP + " to invite you");
        }
        enterprises.storeLicence(request.creditCode(), licenceScan, request.username(), now);
        AccountTokens.Issued confirmation = tokens.issue(Purpose.CONFIRMATION, request.creditCode(), request.username(),
                null, null, null, properties.confirmationValidity());
        notifications.send("account.confirmation", Map.of(
                        "name", request.contactName(),
                        "enterpriseName", request.name(),
                        "username", request.username(),
                        "link", properties.confirmationUrl(confirmation.token()),
                        "validUntil", confirmation.expiresAt()),
                List.of(new Recipient(request.username(), request.contactName(), request.contactEmail(), null)),
                "account.confirmation/" + confirmation.hash());
        return new SignedUp(request.username(), request.creditCode(), confirmation.expiresAt());
    }

    /** Follows the sign-up's mailed link: the administrator's account works from now on. */
    public Confirmed confirm(String token) {
        AccountTokens.Token confirmation = tokens.redeem(Purpose.CONFIRMATION, token)
                .orElseThrow(() -> new InvalidRequestException("token", INVALID_LINK));
        users.activate(confirmation.username());
        enterprises.activate(confirmation.creditCode(), clock.instant());
        camundaIdentity.syncToCamunda();
        return new Confirmed(confirmation.username());
    }

    /** The administrator invites a colleague by mail; the colleague chooses username and password through the link. */
    public Invitation.Pending invite(AppUser administrator, Invitation.Request typed) {
        Enterprise enterprise = administeredBy(administrator);
        Invitation.Request request = new Invitation.Request(strip(typed.email()), strip(typed.name()));
        List<Violation> violations = constraintViolations(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        // the enterprise's own staff list is the administrator's to know; other enterprises' accounts are not
        boolean alreadyStaff = users.staffOf(enterprise.creditCode()).stream()
                .anyMatch(staff -> staff.active() && request.email().equalsIgnoreCase(staff.email()));
        if (alreadyStaff) {
            throw new InvalidRequestException("email", "already belongs to an active account of your enterprise");
        }
        AccountTokens.Issued invitation = tokens.issue(Purpose.INVITATION, enterprise.creditCode(), null, request.email(),
                request.name(), administrator.username(), properties.invitationValidity());
        notifications.send("account.invitation", Map.of(
                        "name", request.name(),
                        "inviter", administrator.displayName(),
                        "enterpriseName", enterprise.name(),
                        "link", properties.invitationUrl(invitation.token()),
                        "validUntil", invitation.expiresAt()),
                List.of(new Recipient("invitee-" + invitation.hash().substring(0, 16), request.name(), request.email(), null)),
                "account.invitation/" + invitation.hash());
        return new Invitation.Pending(enterprise.name(), request.email(), request.name(), invitation.expiresAt());
    }

    /** What an invitation link is for, while it works; it stays unused. */
    @Transactional(readOnly = true)
    public Invitation.Pending invitation(String token) {
        AccountTokens.Token invitation = tokens.peek(Purpose.INVITATION, token)
                .orElseThrow(() -> new InvalidRequestException("token", INVALID_LINK));
        return pending(invitation);
    }

    /** The invited colleague's account, usable at once; the invitation link is used up. */
    public Confirmed acceptInvitation(Invitation.Acceptance typed) {
        Invitation.Acceptance acceptance = new Invitation.Acceptance(strip(typed.token()), strip(typed.username()),
                typed.password());
        List<Violation> violations = new ArrayList<>(constraintViolations(acceptance));
        if (fieldIsValid(violations, "password")) {
            String username = fieldIsValid(violations, "username") ? acceptance.username() : null;
            passwords.check("password", acceptance.password(), username).ifPresent(violations::add);
        }
        if (fieldIsValid(violations, "username") && users.usernameTaken(acceptance.username())) {
            violations.add(new Violation("username", "is taken; choose another"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AccountTokens.Token invitation = tokens.redeem(Purpose.INVITATION, acceptance.token())
                .orElseThrow(() -> new InvalidRequestException("token", INVALID_LINK));
        try {
            users.create(new AppUser(acceptance.username(), invitation.displayName(), invitation.email(), null, null,
                    invitation.creditCode(), Set.of(Role.ENTERPRISE)), acceptance.password(), true);
        } catch (DuplicateKeyException sameMoment) {
            throw new InvalidRequestException("username", "is taken; choose another");
        }
        camundaIdentity.syncToCamunda();
        return new Confirmed(acceptance.username());
    }

    /**
     * The administrator removes a colleague: the account can no longer sign in; the cases it filed stay with the
     * enterprise. Someone who is not staff of this enterprise is "not found", as if there were no such account.
     */
    public void removeStaff(AppUser administrator, String username) {
        Enterprise enterprise = administeredBy(administrator);
        Users.StaffAccount staff = users.staffOf(enterprise.creditCode()).stream()
                .filter(s -> s.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException("no staff account " + username + " in your enterprise"));
        if (staff.username().equals(enterprise.administrator())) {
            throw new ConflictException("the administrator's own account cannot be removed");
        }
        if (staff.active()) {
            users.deactivate(staff.username());
            camundaIdentity.syncToCamunda();
        }
    }

    /** The enterprise an enterprise account speaks for; its staff and open invitations when the caller administers it. */
    @Transactional(readOnly = true)
    public MyEnterprise myEnterprise(AppUser user) {
        Enterprise enterprise = ownEnterprise(user);
        boolean administrator = user.username().equals(enterprise.administrator());
        List<StaffMember> staff = !administrator ? List.of() : users.staffOf(enterprise.creditCode()).stream()
                .map(s -> new StaffMember(s.username(), s.displayName(), s.email(), s.active(),
                        s.username().equals(enterprise.administrator())))
                .toList();
        List<Invitation.Pending> invitations = !administrator ? List.of()
                : tokens.pendingInvitations(enterprise.creditCode()).stream().map(this::pending)
                .sorted(Comparator.comparing(Invitation.Pending::expiresAt)).toList();
        return new MyEnterprise(enterprise.creditCode(), enterprise.name(), enterprise.sizeClass(),
                enterprise.verification().status(), enterprise.verification().reason(), enterprise.administrator(),
                administrator, staff, invitations);
    }

    private Enterprise ownEnterprise(AppUser user) {
        if (!user.has(Role.ENTERPRISE) || user.creditCode() == null) {
            throw new ForbiddenException("only an enterprise account has an enterprise");
        }
        return enterprises.find(user.creditCode())
                .orElseThrow(() -> new NotFoundException("no enterprise " + user.creditCode()));
    }

    private Enterprise administeredBy(AppUser user) {
        Enterprise enterprise = ownEnterprise(user);
        if (!user.username().equals(enterprise.administrator())) {
            throw new ForbiddenException("only the administrator of the enterprise's account manages its staff");
        }
        return enterprise;
    }

    /** Sign-ups whose link expired unused: they hold neither their credit code nor their username any longer. */
    private void discardUnconfirmedSignUps(Instant now) {
        for (Enterprises.Registration stale : enterprises.unconfirmedWithoutLiveConfirmation(now)) {
            tokens.discardAll(stale.creditCode());
            enterprises.discard(stale.creditCode());
            users.deleteNeverUsed(stale.administrator());
        }
    }

    private Optional<Violation> alreadySignedUp(String creditCode) {
        return enterprises.registration(creditCode).map(existing -> new Violation("creditCode",
                ALREADY_SIGNED_UP + " (" + maskedName(existing.administrator()) + ") to invite you"));
    }

    /**
     * Enough for a colleague to recognise the administrator, too little to contact or impersonate them: the first
     * character of the name. Neither e-mail nor phone is shown: the last digits of a phone are what public tracking asks.
     */
    private String maskedName(String administrator) {
        String name = users.find(administrator).map(AppUser::displayName).filter(n -> !n.isBlank()).orElse(administrator);
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "**";
    }

    private Invitation.Pending pending(AccountTokens.Token invitation) {
        String enterpriseName = enterprises.find(invitation.creditCode()).map(Enterprise::name).orElse(invitation.creditCode());
        return new Invitation.Pending(enterpriseName, invitation.email(), invitation.displayName(), invitation.expiresAt());
    }

    private <T> List<Violation> constraintViolations(T request) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }

    private static boolean fieldIsValid(List<Violation> violations, String field) {
        return violations.stream().noneMatch(v -> v.field().equals(field));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** A sign-up waiting for its confirmation. */
    public record SignedUp(String username, String creditCode, Instant confirmBy) {
    }

    /** An account that works now. */
    public record Confirmed(String username) {
    }

    public record StaffMember(String username, String displayName, String email, boolean active, boolean administrator) {
    }

    /**
     * @param staff       the enterprise's accounts, for its administrator only
     * @param invitations the invitations not yet accepted, for its administrator only
     */
    public record MyEnterprise(String creditCode, String name, String sizeClass, VerificationStatus verification,
                               String verificationReason, String administrator, boolean youAdminister,
                               List<StaffMember> staff, List<Invitation.Pending> invitations) {
    }
}
