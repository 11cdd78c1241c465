package org.bihuan.casefile;

import org.bihuan.domain.InvalidRequestException;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an official searches cases by ({@code GET /api/cases}); every field is optional and a page's form field of
 * the same name. Kept as text so that a wrong value is answered with the field and the reason, not a conversion error.
 * A list is given as codes separated by commas ({@code status=CLOSED,REPLIED}).
 *
 * <p>The step criteria ({@code stepUnit} … {@code escalation}) all describe one and the same step of the case (a row of
 * the read model's report_step, never a cancelled one): "the case has a step that …". They let a figure that counts
 * steps — a unit's sign-for steps due in a month and signed in time, the steps overdue 6–10 working days — link to
 * exactly the cases it counted.
 *
 * @param caseNo         part of the case number
 * @param party          part of a party's name, either side (complainant or respondent, a proposal's initiator)
 * @param type           a case type ({@link CaseType})
 * @param status         a status code of the case's lifecycle, or several separated by commas (any of them)
 * @param unit           the unit code the case is with, or several separated by commas (a region's units)
 * @param step           the key of the step the case waits in
 * @param overdue        {@code true} or {@code false}
 * @param receivedFrom   first day of receipt, ISO date, inclusive
 * @param receivedTo     last day of receipt, ISO date, inclusive
 * @param closedFrom     first day of closing, ISO date, inclusive
 * @param closedTo       last day of closing, ISO date, inclusive
 * @param satisfaction   the rating, one code or several separated by commas (SATISFIED, BASICALLY_SATISFIED, …)
 * @param rehandled      {@code true}: handled again at least once; {@code false}: never
 * @param respondent     the other party's name exactly (a complaint's respondent)
 * @param respondentType the other party's type (a complaint's respondent type)
 * @param stepUnit       the step's unit code, or several separated by commas
 * @param stepKey        the step's key, or several separated by commas
 * @param stepState      one of {@link CaseSearch#STEP_STATES}: OPEN, OVERDUE (open past its due time), IN_TIME (done
 *                       by its due time), LATE (done after it, or open past it), DECIDED (done, or open past its due time)
 * @param stepDueFrom    first day the step is due, ISO date, inclusive
 * @param stepDueTo      last day the step is due, ISO date, inclusive
 * @param overdueDaysMin the step is open and at least this many working days past its due date (a step due earlier
 *                       today counts as 1), 1 or more
 * @param overdueDaysMax … and at most this many
 * @param escalation     the 督办 level the step has reached (WARNING, OVERDUE, …)
 * @param sort           one of {@link CaseSearch#SORT_KEYS}; default {@code receivedAt}
 * @param direction      {@code asc} or {@code desc}; default {@code desc}
 * @param page           from 0
 * @param size           1 to {@link CaseListQuery#MAX_PAGE_SIZE}; default 20
 */
public record CaseSearchRequest(String caseNo, String party, String type, String status, String unit, String step,
                                String overdue, String receivedFrom, String receivedTo,
                                String closedFrom, String closedTo, String satisfaction, String rehandled,
                                String respondent, String respondentType,
                                String stepUnit, String stepKey, String stepState, String stepDueFrom, String stepDueTo,
                                String overdueDaysMin, String overdueDaysMax, String escalation,
                                String sort, String direction, Integer page, Integer size) {

    /** The parameter names, in the record's order. */
    public static final List<String> PARAMETERS = Arrays.stream(CaseSearchRequest.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    public static CaseSearchRequest everything() {
        return fromParameters(Map.of());
    }

    /** The search as it was before the figures' criteria: the first nine criteria, the order and the page. */
    public static CaseSearchRequest of(String caseNo, String party, String type, String status, String unit, String step,
                                       String overdue, String receivedFrom, String receivedTo, String sort, String direction,
                                       Integer page, Integer size) {
        return new CaseSearchRequest(caseNo, party, type, status, unit, step, overdue, receivedFrom, receivedTo,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, sort, direction, page, size);
    }

    /**
     * The search these query parameters describe (names as the record's); an unknown name is a programming error, a
     * page or size that is not a number is refused naming it.
     */
    public static CaseSearchRequest fromParameters(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("no case search parameter " + name + "; they are " + PARAMETERS);
            }
        }
        Object[] values = new Object[PARAMETERS.size()];
        RecordComponent[] components = CaseSearchRequest.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            String value = parameters.get(components[i].getName());
            if (components[i].getType() == Integer.class) {
                values[i] = integer(components[i].getName(), value);
            } else {
                values[i] = value;
            }
        }
        try {
            return (CaseSearchRequest) CaseSearchRequest.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The criteria given (not blank), by name in the record's order: the query of a link to this search. */
    public Map<String, String> parameters() {
        Map<String, String> given = new LinkedHashMap<>();
        for (RecordComponent component : CaseSearchRequest.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(this);
                if (value != null && !value.toString().isBlank()) {
                    given.put(component.getName(), value.toString());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Collections.unmodifiableMap(given);
    }

    /** This search with one more criterion (or one replaced; null or blank removes it). */
    public CaseSearchRequest with(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>(parameters());
        if (value == null || value.isBlank()) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return fromParameters(parameters);
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }
}
