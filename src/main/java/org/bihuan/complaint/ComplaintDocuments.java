package org.bihuan.complaint;

import org.bihuan.calendar.DeadlineExpression;
import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.lifecycle.CaseDocuments;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What a complaint's official documents say about it (complainant, respondent, receipt, amount, the matter), for the
 * steps that issue them through the kernel's {@link CaseDocuments}: 受理通知书, 不予受理告知书 and 补正通知书 to the
 * complainant, the 转办单 to the handling unit.
 */
@Component
class ComplaintDocuments {

    private final CaseDocuments documents;
    private final ComplaintRecords complaints;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;

    ComplaintDocuments(CaseDocuments documents, ComplaintRecords complaints, CaseFiles caseFiles, Deadlines deadlines,
                       WorkingDayCalendar calendar) {
        this.documents = documents;
        this.complaints = complaints;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    void toComplainant(String caseNo, String kind, Map<String, ?> stepParams, String sourceKey) {
        ComplaintRecord complaint = complaints.get(caseNo);
        documents.toParty(caseNo, kind, complaint.complainant().name(), with(caseNo, complaint, stepParams), sourceKey);
    }

    void toUnit(String caseNo, String unitCode, String kind, Map<String, ?> stepParams, String sourceKey) {
        ComplaintRecord complaint = complaints.get(caseNo);
        Map<String, Object> params = with(caseNo, complaint, stepParams);
        params.put("partyName", complaint.complainant().name());
        documents.toUnit(caseNo, unitCode, kind, params, sourceKey);
    }

    private Map<String, Object> with(String caseNo, ComplaintRecord complaint, Map<String, ?> stepParams) {
        Map<String, Object> params = new HashMap<>();
        params.put("respondentName", complaint.respondent().name());
        params.put("receivedOn", LocalDate.ofInstant(caseFiles.get(caseNo).receivedAt(), calendar.zone()));
        params.put("contactName", complaint.complainant().contactName());
        params.put("amountOwed", complaint.amountOwed());
        params.put("description", complaint.description());
        params.put("handleLimit", spoken(deadlines.expression("complaint.handle")));
        params.putAll(stepParams);
        return params;
    }

    /** A deadline expression as a letter says it: 30D → 30日, 10WD → 10个工作日, 3M → 3个月. */
    static String spoken(String expression) {
        DeadlineExpression parsed = DeadlineExpression.parse(expression);
        return switch (parsed.unit()) {
            case WORKING_DAYS -> parsed.amount() + "个工作日";
            case DAYS -> parsed.amount() + "日";
            case MONTHS -> parsed.amount() + "个月";
            case DURATION -> parsed.toString();
        };
    }
}
