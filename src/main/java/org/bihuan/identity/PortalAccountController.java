package org.bihuan.identity;

import org.bihuan.domain.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * Enterprise sign-up and staff (/api/portal). Sign-up, its confirmation and invitation links need no account and
 * are rate-limited per client address; the enterprise's own data needs its account.
 */
@RestController
@RequestMapping("/api/portal")
class PortalAccountController {

    private final EnterpriseAccounts accounts;
    private final Users users;

    PortalAccountController(EnterpriseAccounts accounts, Users users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** Multipart form: the fields of {@link SignUpRequest} and the licence scan in the part {@code licence}. */
    @PostMapping(path = "/register", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EnterpriseAccounts.SignedUp> register(@ModelAttribute SignUpRequest request,
                                                         @RequestPart(name = "licence", required = false) MultipartFile licence)
            throws IOException {
        EnterpriseAccounts.SignedUp signedUp = accounts.signUp(request,
                licence == null ? null : licence.getOriginalFilename(), licence == null ? null : licence.getBytes());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(signedUp);
    }

    /** The link in the confirmation mail. */
    @GetMapping("/register/confirm")
    EnterpriseAccounts.Confirmed confirmByLink(@RequestParam(required = false) String token) {
        return accounts.confirm(token);
    }

    @PostMapping("/register/confirm")
    EnterpriseAccounts.Confirmed confirm(@RequestBody(required = false) TokenBody body) {
        return accounts.confirm(body == null ? null : body.token());
    }

    /** What an invitation link is for (the enterprise, the invited name and e-mail), without using it. */
    @GetMapping("/invitations")
    Invitation.Pending invitation(@RequestParam(required = false) String token) {
        return accounts.invitation(token);
    }

    @PostMapping("/invitations/accept")
    ResponseEntity<EnterpriseAccounts.Confirmed> acceptInvitation(@RequestBody(required = false) Invitation.Acceptance acceptance) {
        if (acceptance == null) {
            throw new InvalidRequestException("token", EnterpriseAccounts.INVALID_LINK);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.acceptInvitation(acceptance));
    }

    /** The caller's enterprise: its identity check, and for its administrator the staff and open invitations. */
    @GetMapping("/enterprise")
    EnterpriseAccounts.MyEnterprise enterprise() {
        return accounts.myEnterprise(users.current());
    }

    @PostMapping("/enterprise/staff")
    ResponseEntity<Invitation.Pending> invite(@RequestBody(required = false) Invitation.Request request) {
        Invitation.Request body = request == null ? new Invitation.Request(null, null) : request;
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(accounts.invite(users.current(), body));
    }

    @DeleteMapping("/enterprise/staff/{username}")
    ResponseEntity<Void> remove(@PathVariable String username) {
        accounts.removeStaff(users.current(), username);
        return ResponseEntity.noContent().build();
    }

    record TokenBody(String token) {
    }
}
