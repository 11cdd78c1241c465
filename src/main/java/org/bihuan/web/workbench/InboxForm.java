package org.bihuan.web.workbench;

import org.bihuan.task.InboxFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inbox's filter form as the page binds it (setters, so that a number that does not convert leaves the other
 * filters standing). Its fields are the request parameters of {@code GET /api/tasks} by the same names.
 */
public class InboxForm {

    private String caseType;
    private String step;
    private Boolean overdue;
    private Integer dueWithin;
    private String unit;
    private String holder;
    private String q;
    private Integer page;

    InboxFilter filter(int pageSize) {
        return new InboxFilter(caseType, step, overdue, dueWithin, unit, holder, q, null, page == null ? 0 : Math.max(0, page),
                pageSize);
    }

    /** The filters as link parameters, blank ones left out by the pager. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("caseType", caseType);
        parameters.put("step", step);
        parameters.put("overdue", Boolean.TRUE.equals(overdue) ? "true" : null);
        parameters.put("dueWithin", dueWithin);
        parameters.put("unit", unit);
        parameters.put("holder", holder);
        parameters.put("q", q);
        return parameters;
    }

    /** This view of the inbox as a link (first page). */
    String link(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters().forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** The filters that narrow what the quick filters count: type, step, unit, search. */
    InboxForm narrowing() {
        InboxForm narrowed = new InboxForm();
        narrowed.caseType = caseType;
        narrowed.step = step;
        narrowed.unit = unit;
        narrowed.q = q;
        return narrowed;
    }

    InboxForm withHolder(String newHolder) {
        InboxForm changed = narrowing();
        changed.holder = newHolder;
        return changed;
    }

    InboxForm withOverdue() {
        InboxForm changed = narrowing();
        changed.overdue = true;
        return changed;
    }

    InboxForm withDueWithin(int workingDays) {
        InboxForm changed = narrowing();
        changed.dueWithin = workingDays;
        return changed;
    }

    boolean noDueFilter() {
        return !Boolean.TRUE.equals(overdue) && dueWithin == null;
    }

    boolean isQuickAll() {
        return noDueFilter() && holder == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCaseType() {
        return caseType;
    }

    public void setCaseType(String caseType) {
        this.caseType = blankToNull(caseType);
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = blankToNull(step);
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public void setOverdue(Boolean overdue) {
        this.overdue = overdue;
    }

    public Integer getDueWithin() {
        return dueWithin;
    }

    public void setDueWithin(Integer dueWithin) {
        this.dueWithin = dueWithin;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = blankToNull(unit);
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = blankToNull(holder);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = blankToNull(q);
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
