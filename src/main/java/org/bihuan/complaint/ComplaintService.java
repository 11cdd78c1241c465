package org.bihuan.complaint;

import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.Attachment;
import org.bihuan.casefile.Attachments;
import org.bihuan.casefile.CaseChannel;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseListQuery;
import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Enterprises;
import org.bihuan.identity.Verification;
import org.bihuan.identity.VerificationStatus;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseExtensions;
import org.bihuan.lifecycle.CaseIntake;
import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.lifecycle.ExtensionRequest;
import org.bihuan.task.TaskCompletion;
import org.bihuan.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.bihuan.persistence.SqlTime.instant;

@Service
@Transactional
class ComplaintService {

    static final String PROMISE = "PROMISE";
    static final String PROMISE_ATTACHED = "complaint.promiseAttached";

    private final CaseIntake intake;
    private final CaseExtensions extensions;
    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final ComplaintRecords complaints;
    private final Attachments attachments;
    private final Deadlines deadlines;
    private final TaskCompletion taskCompletion;
    private final CaseNotices notices;
    private final Users users;
    private final Enterprises enterprises;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IntakeProperties intakeProperties;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtimeService;

    ComplaintService(CaseIntake intake, CaseExtensions extensions, CaseFiles caseFiles, CaseVisibility visibility,
                     ComplaintRecords complaints, Attachments attachments, Deadlines deadlines, TaskCompletion taskCompletion,
                     CaseNotices notices, Users users, Enterprises enterprises, JdbcClient jdbc, Clock clock,
                     IntakeProperties intakeProperties, WorkingDayCalendar calendar, RuntimeService runtimeService) {
        this.intakeProperties = intakeProperties;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.intake = intake;
        this.extensions = extensions;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.complaints = complaints;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.taskCompletion = taskCompletion;
        this.notices = notices;
        this.users = users;
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Files the complaint and starts its lifecycle; the acceptance clock runs from now. */
    ComplaintView.Submitted submit(AppUser enterprise, ComplaintRequest request) {
        if (!enterprise.has(Role.ENTERPRISE)) {
            throw new ForbiddenException("only an enterprise account can file a complaint");
        }
        if (enterprise.creditCode() != null && !enterprise.creditCode().equals(request.complainant().creditCode())) {
            throw new InvalidRequestException("complainant.creditCode", "must be the credit code of your own enterprise (" + enterprise.creditCode() + ")");
        }
        List<Violation> violations = checked(request, "");
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        Instant acceptDue = deadlines.due("complaint.accept", now);
        String title = title(request);
        Map<String, Object> variables = new HashMap<>();
        variables.put("complainant", enterprise.username());
        variables.put("acceptDue", Date.from(acceptDue));
        variables.put("respondentType", request.respondent().type());
        variables.put("region", request.respondent().region());
        variables.put("promisePending", false);
        variables.put("backdateNeedsConfirmation", false);
        String caseNo = intake.open(CaseType.COMPLAINT, enterprise, title, now, no -> {
            complaints.insert(no, request);
            if (enterprise.creditCode() != null) {
                // every staff account of the enterprise sees its complaints, also after the filer has left
                caseFiles.grantAccess(no, CaseVisibility.ENTERPRISE, enterprise.creditCode(), "COMPLAINANT");
            }
        }, variables).caseNo();
        notices.toParty(caseNo, "complaint.submitted", Map.of("acceptDeadline", notices.time(acceptDue)), "submitted:" + caseNo);
        return new ComplaintView.Submitted(caseNo, "SUBMITTED", acceptDue);
    }

    /** A complaint's title, however it was filed: who owes whom. */
    static String title(ComplaintRequest request) {
        return request.respondent().name() + " 拖欠 " + request.complainant().name() + " 账款";
    }

    /** The rules on a complaint's content beyond its fields' own, with field paths under {@code prefix}. */
    static List<Violation> checked(ComplaintRequest request, String prefix) {
        List<Violation> violations = new ArrayList<>();
        if (request.complainant().creditCode().equals(request.respondent().creditCode())) {
            violations.add(new Violation(prefix + "respondent.creditCode", "must differ from the complainant's"));
        }
        if (request.paymentDueDate().isBefore(request.contractDate())) {
            violations.add(new Violation(prefix + "paymentDueDate", "must not be before contractDate"));
        }
        return violations;
    }

    /**
     * An intake clerk files what an enterprise brought by phone, e-mail, letter, in person or from a hotline. The
     * acceptance clock counts from the receipt; a receipt further back than {@code bihuan.intake.backdate-without-confirmation}
     * waits for a supervisor ({@code confirmBackdate}); the no-litigation promise cannot be given this way, so the case
     * waits as PROMISE_PENDING until its signed scan is attached. The enterprise's account owns the case when one
     * speaks for its credit code; otherwise the clerk does, and the enterprise hears through the contact it gave.
     */
    ComplaintView.Submitted fileOnBehalf(AppUser clerk, OnBehalfComplaintRequest request) {
        OnBehalfFiling.requireClerk(clerk);
        Instant now = clock.instant();
        Instant received = request.receivedAt().atZone(calendar.zone()).toInstant();
        List<Violation> violations = checked(request.complaint(), "complaint.");
        if (received.isAfter(now)) {
            violations.add(new Violation("receivedAt", "must not be in the future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        ComplaintRequest complaint = request.complaint();
        CaseChannel channel = CaseChannel.valueOf(request.channel());
        AppUser owner = users.enterpriseWithCreditCode(complaint.complainant().creditCode()).orElse(clerk);
        boolean backdated = deadlines.apply(intakeProperties.backdateLimit(), received).isBefore(now);
        Instant acceptDue = deadlines.due("complaint.accept", received);
        String title = title(complaint);
        Map<String, Object> variables = new HashMap<>();
        // without an account the clerk answers the enterprise's steps (supplement, evaluate) as it tells them by phone
        variables.put("complainant", owner.username());
        variables.put("acceptDue", Date.from(acceptDue));
        variables.put("respondentType", complaint.respondent().type());
        variables.put("region", complaint.respondent().region());
        variables.put("promisePending", true);
        variables.put("backdateNeedsConfirmation", backdated);
        variables.put("filedAt", Date.from(now));
        variables.put("filedBy", clerk.username());
        String caseNo = intake.open(CaseType.COMPLAINT, owner, title, received, channel,
                no -> {
                    complaints.insert(no, complaint, true);
                    // the enterprise's accounts, now or once it signs up, see the case by its credit code
                    caseFiles.grantAccess(no, CaseVisibility.ENTERPRISE, complaint.complainant().creditCode(), "COMPLAINANT");
                    caseFiles.record(no, "FILED_ON_BEHALF", clerk.username(), channel.name() + " " + notices.time(received));
                    if (backdated) {
                        caseFiles.record(no, "BACKDATE_CONFIRMATION_REQUESTED", clerk.username(), notices.time(received));
                    }
                },
                variables).caseNo();
        notices.toParty(caseNo, "complaint.filedOnBehalf", Map.of("acceptDeadline", notices.time(acceptDue),
                "receivedAt", notices.time(received)), "submitted:" + caseNo);
        return new ComplaintView.Submitted(caseNo, caseFiles.get(caseNo).status(), acceptDue);
    }

    @Transactional(readOnly = true)
    ComplaintView view(AppUser user, String caseNo) {
        CaseFile file = visibleCase(user, caseNo);
        ComplaintRecord complaint = complaints.get(caseNo);
        String reply = caseFiles.latestSubmission(caseNo, file.rehandleCount() > 0 ? "rehandle" : "handle")
                .map(s -> (String) s.get("reply")).orElse(null);
        return ComplaintView.of(file, complaint, enterprises.verification(complaint.complainant().creditCode()), users.unit(file.unitCode() == null ? "" : file.unitCode()).orElse(null),
                caseFiles.deadlines(caseNo), caseFiles.timelineFor(user, caseNo), reply);
    }

    @Transactional(readOnly = true)
    CasePage<ComplaintView.Summary> list(AppUser user, String status, String q, int page, int size) {
        CasePage<Listed> listed = CaseListQuery.of(visibility, user, CaseType.COMPLAINT, "f", status, page, size)
                .search(q, "f.case_no", "f.title", "c.complainant_name", "c.respondent_name")
                .page(jdbc, "complaint c", """
                                f.case_no, f.title, f.status, c.complainant_name, c.complainant_credit_code, c.respondent_name,
                                c.amount_owed, f.unit_code, f.current_step, f.current_due, f.overdue, f.received_at""",
                        "f.received_at desc, f.case_no desc",
                        (rs, i) -> new Listed(rs.getString("complainant_credit_code"), new ComplaintView.Summary(
                                rs.getString("case_no"), rs.getString("title"), rs.getString("status"),
                                rs.getString("complainant_name"), false, VerificationStatus.UNVERIFIED,
                                rs.getString("respondent_name"), rs.getBigDecimal("amount_owed"), rs.getString("unit_code"),
                                rs.getString("current_step"), instant(rs, "current_due"), rs.getBoolean("overdue"),
                                instant(rs, "received_at"))));
        // the identity check is the identity module's to say: asked once for the page's complainants
        Map<String, Verification> verifications = enterprises.verifications(
                listed.items().stream().map(Listed::creditCode).collect(Collectors.toSet()));
        return new CasePage<>(listed.items().stream()
                .map(l -> l.summary().withVerification(verifications.get(l.creditCode()))).toList(),
                listed.page(), listed.size(), listed.total());
    }

    private record Listed(String creditCode, ComplaintView.Summary summary) {
    }

    Attachment attach(AppUser user, String caseNo, String filename, byte[] content) {
        return attach(user, caseNo, filename, content, null);
    }

    /**
     * @param kind {@code PROMISE} for the scan of the signed no-litigation promise (承诺书): a complaint waiting for it
     *             goes on to acceptance review; null for other evidence
     */
    Attachment attach(AppUser user, String caseNo, String filename, byte[] content, String kind) {
        if (kind != null && !kind.equals(PROMISE)) {
            throw new InvalidRequestException("kind", "must be " + PROMISE + " or absent");
        }
        CaseFile file = visibleCase(user, caseNo);
        if (file.closedAt() != null) {
            throw new ConflictException("complaint " + caseNo + " is closed; no more evidence can be added");
        }
        Attachment attachment = attachments.store(caseNo, filename, content, user.username());
        caseFiles.record(caseNo, "ATTACHMENT", user.username(), attachment.filename());
        if (PROMISE.equals(kind) && complaints.promiseReceived(caseNo, attachment.id())) {
            caseFiles.record(caseNo, "PROMISE_RECEIVED", user.username(), attachment.filename());
            // the case may still wait for the supervisor's word on its receipt date: the gateway then reads the variable
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                    .processDefinitionKey(CaseType.COMPLAINT.processKey()).list()
                    .forEach(p -> runtimeService.setVariable(p.getId(), "promisePending", false));
            runtimeService.createMessageCorrelation(PROMISE_ATTACHED).processInstanceBusinessKey(caseNo).correlateAllWithResult();
        }
        return attachment;
    }

    @Transactional(readOnly = true)
    List<Attachment> attachments(AppUser user, String caseNo) {
        visibleCase(user, caseNo);
        return attachments.list(caseNo);
    }

    @Transactional(readOnly = true)
    Download download(AppUser user, String caseNo, long id) {
        visibleCase(user, caseNo);
        Attachment attachment = attachments.list(caseNo).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no attachment " + id + " on case " + caseNo));
        return new Download(attachment, attachments.content(caseNo, id));
    }

    /** The complainant evaluates the result: the same completion as through /api/tasks, found by case. */
    void evaluate(AppUser user, String caseNo, Map<String, Object> fields) {
        CaseFile file = visibleCase(user, caseNo);
        if (!user.username().equals(file.ownerUsername())) {
            throw new ForbiddenException("only the complainant evaluates its complaint");
        }
        if (taskCompletion.tasksOf(user, caseNo).stream().noneMatch(t -> "evaluate".equals(t.taskKey()))) {
            throw new ConflictException("complaint " + caseNo + " is not waiting for an evaluation");
        }
        taskCompletion.completeAs(user, caseNo, "evaluate", fields);
    }

    /** The handling unit asks the supervisor for more time; the handle deadline keeps running meanwhile. */
    void requestExtension(AppUser user, String caseNo, ExtensionRequest request) {
        extensions.request(user, CaseType.COMPLAINT, caseNo, request);
    }

    private CaseFile visibleCase(AppUser user, String caseNo) {
        return visibility.visibleCase(user, caseNo, CaseType.COMPLAINT);
    }

    record Download(Attachment attachment, byte[] content) {
    }
}
