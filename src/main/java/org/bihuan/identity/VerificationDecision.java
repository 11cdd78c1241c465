package org.bihuan.identity;

/**
 * An intake clerk's decision on an enterprise's identity (POST /api/identity/enterprises/{creditCode}/verification).
 *
 * @param reason required when refusing (at most 2000 characters); the enterprise reads it
 */
public record VerificationDecision(Decision decision, String reason) {

    public enum Decision {
        APPROVE, REFUSE
    }
}
