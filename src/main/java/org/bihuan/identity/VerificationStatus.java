package org.bihuan.identity;

/** Whether an intake clerk has checked an enterprise's business licence against the credit code it typed. */
public enum VerificationStatus {
    UNVERIFIED, VERIFIED, REFUSED
}
