package org.bihuan.identity;

import java.time.Instant;

/**
 * Where an enterprise's identity check stands.
 *
 * @param reason     why it was refused; null otherwise
 * @param decidedBy  the official who decided; null while unverified
 */
public record Verification(VerificationStatus status, String reason, String decidedBy, Instant decidedAt) {

    /** What a complainant without an enterprise record has: nobody checked who it is. */
    public static final Verification NONE = new Verification(VerificationStatus.UNVERIFIED, null, null, null);

    public boolean verified() {
        return status == VerificationStatus.VERIFIED;
    }
}
