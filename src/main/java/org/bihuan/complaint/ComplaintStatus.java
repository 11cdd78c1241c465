package org.bihuan.complaint;

/** Every status an arrears complaint can be in; the model's {@code status} properties must name one of these. */
enum ComplaintStatus {
    SUBMITTED, PROMISE_PENDING, NEEDS_SUPPLEMENT, ACCEPTED, REJECTED, TRANSFERRED, IN_HANDLING, REPLIED, REHANDLING, CLOSED, WITHDRAWN
}
