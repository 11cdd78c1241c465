package org.bihuan.identity;

import java.util.List;

/**
 * A unit as the administrators manage it.
 *
 * @param kind            INTAKE, HANDLING, SUPERVISION or COMMITTEE ({@link Units#KINDS})
 * @param regionCode      where it sits in the administrative-division tree (its level is the region's)
 * @param successorCode   the unit it was merged into (机构改革); null otherwise
 * @param heads           the usernames of its heads (超期催办 reaches them)
 * @param respondentTypes the respondent types complaints may be routed to it for; empty = any
 * @param regions         the region codes (with everything below them) it handles; empty = any
 * @param people          how many accounts belong to it, enabled or not
 */
public record UnitProfile(String code, String name, String kind, String regionCode, boolean active, String successorCode,
                          List<String> heads, List<String> respondentTypes, List<String> regions, int people) {

    public UnitProfile {
        heads = List.copyOf(heads);
        respondentTypes = List.copyOf(respondentTypes);
        regions = List.copyOf(regions);
    }
}
