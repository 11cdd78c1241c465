package org.bihuan.complaint;

import jakarta.validation.Validator;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.LedgerColumn;
import org.bihuan.lifecycle.LedgerProblem;
import org.bihuan.lifecycle.LedgerRow;
import org.bihuan.lifecycle.LegacyCases;
import org.bihuan.lifecycle.LegacyStep;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.bihuan.lifecycle.LedgerColumn.optional;
import static org.bihuan.lifecycle.LedgerColumn.required;

/**
 * Open complaints from the office's ledger (docs/legacy-import.md): the complaint as the enterprise filed it, under
 * the same rules as a filing, at one of the steps below; at the phone follow-up (回访) also the unit's reply, which
 * the case shows and a rehandling starts from. The enterprise's account owns the case when one has its credit code
 * (it then evaluates and follows it in the portal); otherwise the importing administrator does, and the enterprise
 * hears through the contact in the ledger, as for a complaint filed on its behalf.
 */
@Component
class LegacyComplaints implements LegacyCases {

    static final String OUTCOME = "handling.outcome";
    static final String RECOVERED = "handling.amountRecovered";
    static final String REPLY = "handling.reply";

    private static final Map<String, String> SIZE_CLASSES = words("中型", "MEDIUM", "中型企业", "MEDIUM", "小型", "SMALL", "小型企业", "SMALL",
            "微型", "MICRO", "微型企业", "MICRO");
    private static final Map<String, String> RESPONDENT_TYPES = words("机关", "GOVERNMENT_BODY", "事业单位", "PUBLIC_INSTITUTION",
            "大型企业", "LARGE_ENTERPRISE");
    private static final Map<String, String> YES_NO = words("是", "true", "否", "false");
    private static final Map<String, String> OUTCOMES = words("已全额支付", "PAID_IN_FULL", "达成还款计划", "REPAYMENT_PLAN",
            "引导通过法律途径解决", "LEGAL_ROUTE", "投诉事项不成立", "UNFOUNDED");

    private static final List<LedgerColumn> COLUMNS = List.of(
            required("complainant.name", "投诉企业名称"),
            required("complainant.creditCode", "投诉企业统一社会信用代码"),
            required("complainant.sizeClass", "企业规模"),
            required("complainant.contactName", "联系人"),
            required("complainant.contactPhone", "联系电话"),
            required("complainant.contactEmail", "联系邮箱"),
            required("complainant.address", "企业地址"),
            required("respondent.name", "被投诉单位名称"),
            required("respondent.creditCode", "被投诉单位统一社会信用代码"),
            required("respondent.type", "被投诉单位类型"),
            required("respondent.region", "被投诉单位所在地区"),
            optional("respondent.address", "被投诉单位地址"),
            required("respondent.contactName", "被投诉单位联系人"),
            required("respondent.contactPhone", "被投诉单位联系电话"),
            required("amountOwed", "欠款金额"),
            required("contractNo", "合同编号"),
            required("contractDate", "合同签订日期"),
            required("paymentDueDate", "约定付款日期"),
            required("description", "投诉事项"),
            required("inLitigation", "是否已诉讼或仲裁"),
            optional(OUTCOME, "办理结果"),
            optional(RECOVERED, "已清偿金额"),
            optional(REPLY, "答复内容"));

    /** The statuses are what the model's elements before each step set; the deadlines those its due dates count. */
    private static final List<LegacyStep> STEPS = List.of(
            new LegacyStep("acceptReview", List.of("受理审查", "受理"), "SUBMITTED", "complaint.accept", false),
            new LegacyStep("transfer", List.of("转办"), "ACCEPTED", "complaint.transfer", false),
            new LegacyStep("signFor", List.of("签收"), "TRANSFERRED", "complaint.sign", true),
            new LegacyStep("handle", List.of("办理", "办理并答复"), "IN_HANDLING", "complaint.handle", true),
            new LegacyStep("followUpCall", List.of("回访", "电话回访"), "REPLIED", "complaint.follow-up", true));

    private final ComplaintRecords complaints;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final Users users;
    private final Validator validator;

    LegacyComplaints(ComplaintRecords complaints, CaseFiles caseFiles, Deadlines deadlines, Users users, Validator validator) {
        this.complaints = complaints;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.users = users;
        this.validator = validator;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public List<LedgerColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<LegacyStep> steps() {
        return STEPS;
    }

    @Override
    public Optional<LegacyCase> read(LedgerRow row, StepAt at) {
        ComplaintRequest request = new ComplaintRequest(
                new ComplaintRequest.Complainant(text(row, "complainant.name"), text(row, "complainant.creditCode"),
                        row.choice("complainant.sizeClass", SIZE_CLASSES).orElse(null), text(row, "complainant.contactName"),
                        text(row, "complainant.contactPhone"), text(row, "complainant.contactEmail"), text(row, "complainant.address")),
                new ComplaintRequest.Respondent(text(row, "respondent.name"), text(row, "respondent.creditCode"),
                        row.choice("respondent.type", RESPONDENT_TYPES).orElse(null), text(row, "respondent.region"),
                        text(row, "respondent.address"), text(row, "respondent.contactName"), text(row, "respondent.contactPhone")),
                row.amount("amountOwed").orElse(null), text(row, "contractNo"), row.date("contractDate").orElse(null),
                row.date("paymentDueDate").orElse(null), text(row, "description"),
                row.choice("inLitigation", YES_NO).map(Boolean::valueOf).orElse(null));
        // the same rules as a filing: the record's own, then the service's
        row.violated(validator.validate(request));
        if (request.complainant().creditCode() != null && request.respondent().creditCode() != null
                && request.contractDate() != null && request.paymentDueDate() != null) {
            for (Violation violation : ComplaintService.checked(request, "")) {
                row.violated(violation.field(), false, violation.message());
            }
        }
        Handling handling = at.step() != null && "followUpCall".equals(at.step().taskKey()) ? handling(row) : null;
        if (row.hasProblems()) {
            return Optional.empty();
        }
        AppUser owner = users.enterpriseWithCreditCode(request.complainant().creditCode()).orElse(at.importedBy());
        return Optional.of(new LegacyCase(owner, ComplaintService.title(request), variables(request, owner, at),
                caseNo -> store(caseNo, request, handling, at)));
    }

    /** The unit's reply a case at the phone follow-up has had: required there. */
    private static Handling handling(LedgerRow row) {
        Optional<String> outcome = row.choice(OUTCOME, OUTCOMES);
        Optional<BigDecimal> recovered = row.amount(RECOVERED);
        Optional<String> reply = row.text(REPLY);
        if (row.text(OUTCOME).isEmpty()) {
            row.problem(OUTCOME, LedgerProblem.Code.REQUIRED);
        }
        if (row.text(RECOVERED).isEmpty()) {
            row.problem(RECOVERED, LedgerProblem.Code.REQUIRED);
        } else if (recovered.isPresent() && recovered.get().signum() < 0) {
            row.problem(RECOVERED, LedgerProblem.Code.INVALID, "must be 0 or more");
        }
        if (reply.isEmpty()) {
            row.problem(REPLY, LedgerProblem.Code.REQUIRED);
        }
        return outcome.isPresent() && recovered.isPresent() && reply.isPresent()
                ? new Handling(outcome.get(), recovered.get(), reply.get()) : null;
    }

    private Map<String, Object> variables(ComplaintRequest request, AppUser owner, StepAt at) {
        Map<String, Object> variables = new HashMap<>();
        Date started = Date.from(at.startedAt());
        variables.put("complainant", owner.username());
        variables.put("respondentType", request.respondent().type());
        variables.put("region", request.respondent().region());
        variables.put("promisePending", false);
        variables.put("backdateNeedsConfirmation", false);
        variables.put("acceptDue", Date.from("acceptReview".equals(at.step().taskKey()) ? at.due()
                : deadlines.due("complaint.accept", at.receivedAt())));
        if (at.unitCode() != null) {
            variables.put("unitCode", at.unitCode());
        }
        switch (at.step().taskKey()) {
            case "transfer" -> variables.put("acceptedAt", started);
            case "signFor" -> variables.put("transferredAt", started);
            case "handle" -> {
                Instant longest = deadlines.due("complaint.handle-max", at.startedAt());
                variables.put("signedAt", started);
                variables.put("handleDue", Date.from(at.due()));
                // an extension the office granted before may have gone past today's configured maximum
                variables.put("handleMax", Date.from(longest.isBefore(at.due()) ? at.due() : longest));
            }
            default -> {
            }
        }
        return variables;
    }

    private void store(String caseNo, ComplaintRequest request, Handling handling, StepAt at) {
        complaints.insert(caseNo, request, false);
        // every account of the enterprise, now or once it signs up, sees its complaint
        caseFiles.grantAccess(caseNo, CaseVisibility.ENTERPRISE, request.complainant().creditCode(), "COMPLAINANT");
        if (handling != null) {
            complaints.recordResult(caseNo, handling.outcome(), handling.recovered());
            complaints.recordPayment(caseNo, at.unitCode(), at.startedAt(), handling.recovered(), handling.outcome());
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("outcome", handling.outcome());
            reply.put("amountRecovered", handling.recovered());
            reply.put("reply", handling.reply());
            caseFiles.saveSubmission(caseNo, "imported", "handle", at.importedBy().username(), reply);
        }
    }

    @Override
    public void erase(String caseNo) {
        complaints.erase(caseNo);
    }

    private static String text(LedgerRow row, String key) {
        return row.text(key).orElse(null);
    }

    private static Map<String, String> words(String... wordsAndCodes) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndCodes.length; i += 2) {
            words.put(wordsAndCodes[i], wordsAndCodes[i + 1]);
        }
        return words;
    }

    private record Handling(String outcome, BigDecimal recovered, String reply) {
    }
}
