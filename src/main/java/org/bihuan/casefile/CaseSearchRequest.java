package org.bihuan.casefile;

/**
 * What an official searches cases by ({@code GET /api/cases}); every field is optional and a page's form field of
 * the same name. Kept as text so that a wrong value is answered with the field and the reason, not a conversion error.
 *
 * @param caseNo       part of the case number
 * @param party        part of a party's name, either side (complainant or respondent, a proposal's initiator)
 * @param type         a case type ({@link CaseType})
 * @param status       a status code of the case's lifecycle
 * @param unit         the unit code the case is with
 * @param step         the key of the step the case waits in
 * @param overdue      {@code true} or {@code false}
 * @param receivedFrom first day of receipt, ISO date, inclusive
 * @param receivedTo   last day of receipt, ISO date, inclusive
 * @param sort         one of {@link CaseSearch#SORT_KEYS}; default {@code receivedAt}
 * @param direction    {@code asc} or {@code desc}; default {@code desc}
 * @param page         from 0
 * @param size         1 to {@link CaseListQuery#MAX_PAGE_SIZE}; default 20
 */
public record CaseSearchRequest(String caseNo, String party, String type, String status, String unit, String step,
                                String overdue, String receivedFrom, String receivedTo, String sort, String direction,
                                Integer page, Integer size) {

    public static CaseSearchRequest everything() {
        return new CaseSearchRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
