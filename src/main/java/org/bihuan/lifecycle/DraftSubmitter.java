package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;

/**
 * How a lifecycle files a case from a draft (a Spring bean, one per case type that can be drafted). The kernel keeps
 * the draft and its files and never knows the lifecycle's request type: the lifecycle reads the draft's JSON into its
 * request record ({@link DraftData#read}, the same binding and Bean Validation as its API), applies its own rules and
 * files through its own submit service, all in the kernel's transaction.
 */
public interface DraftSubmitter {

    CaseType caseType();

    /** Whether this account may file (and so keep drafts of) this case type at all. */
    boolean mayFile(AppUser user);

    /** Whether the draft takes evidence files, which become the case's attachments. */
    boolean takesFiles();

    /** What a new, empty draft starts with (e.g. the complainant's contact from the account); an empty object by default. */
    default ObjectNode startingData(AppUser user, ObjectNode empty) {
        return empty;
    }

    /**
     * Validates the draft's data with the lifecycle's API rules and files the case, or throws
     * {@link org.bihuan.domain.InvalidRequestException} naming the fields by their JSON paths (nothing is stored then).
     */
    Filed file(AppUser user, ObjectNode data);

    /**
     * @param caseNo  the new case's number
     * @param receipt what the lifecycle's own submit endpoint answers (tracking number, status, first deadline …)
     */
    record Filed(String caseNo, Object receipt) {
    }
}
