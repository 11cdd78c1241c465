package org.bihuan.proposal;

/** Every status a proposal can be in; the model's {@code status} properties must name one of these. */
enum ProposalStatus {
    SUBMITTED, COSIGNING, UNDER_REVIEW, NOT_REGISTERED, MERGED, ASSIGNED, IN_HANDLING, REPLIED, REHANDLING, CLOSED
}
