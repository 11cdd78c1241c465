package org.bihuan.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** An enterprise administrator's invitation of a colleague, and what the colleague answers. */
public final class Invitation {

    private Invitation() {
    }

    /** POST /api/portal/enterprise/staff */
    public record Request(@NotBlank @Email @Size(max = 200) String email, @NotBlank @Size(max = 200) String name) {
    }

    /** What the invitation link shows before the colleague chooses a username and a password. */
    public record Pending(String enterpriseName, String email, String name, Instant expiresAt) {
    }

    /** POST /api/portal/invitations/accept */
    public record Acceptance(
            @NotBlank String token,
            @NotBlank @Pattern(regexp = SignUpRequest.USERNAME, message = SignUpRequest.USERNAME_MESSAGE) String username,
            @NotBlank String password) {

        @Override
        public String toString() {
            return "Acceptance[username=" + username + "]";
        }
    }
}
