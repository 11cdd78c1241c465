package org.bihuan.casefile;

import java.time.Instant;

/**
 * One case as the search lists it, whatever its type: the case file and the read model's parties.
 *
 * @param filerName the party that filed (a complaint's complainant, a proposal's initiator)
 * @param partyName the other side (a complaint's respondent); null where the case type has none
 */
public record CaseSearchRow(String caseNo, CaseType caseType, String title, String status, CaseChannel channel,
                            String filerName, String partyName, String unitCode, String currentStep, Instant currentDue,
                            boolean overdue, Instant receivedAt, Instant closedAt) {
}
