package org.bihuan.casefile;

import java.util.Arrays;
import java.util.Optional;

/** The lifecycles the system carries, each with its BPMN process and its deadline configuration scope. */
public enum CaseType {
    COMPLAINT("arrears-complaint", "complaint"),
    PROPOSAL("proposal-handling", "proposal");

    private final String processKey;
    private final String deadlineScope;

    CaseType(String processKey, String deadlineScope) {
        this.processKey = processKey;
        this.deadlineScope = deadlineScope;
    }

    public String processKey() {
        return processKey;
    }

    /** Prefix of this lifecycle's keys under {@code bihuan.deadlines}, e.g. {@code complaint.accept}. */
    public String deadlineScope() {
        return deadlineScope;
    }

    public static Optional<CaseType> ofProcess(String processDefinitionKey) {
        return Arrays.stream(values()).filter(t -> t.processKey.equals(processDefinitionKey)).findFirst();
    }
}
