package org.bihuan.complaint;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.ExtensionPolicy;
import org.bihuan.lifecycle.Lifecycle;
import org.bihuan.lifecycle.Tracking;
import org.bihuan.notification.Recipient;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The arrears complaint as the kernel sees it: numbered TS2026-000001, told through the contact it gave. */
@Component
class ComplaintLifecycle implements Lifecycle {

    private final ComplaintRecords complaints;
    private final CaseFiles caseFiles;
    private final TaskService taskService;
    private final ComplaintService service;
    private final Users users;

    // the service opens cases through the kernel, which knows the lifecycles: lazily, to break that circle
    ComplaintLifecycle(ComplaintRecords complaints, CaseFiles caseFiles, TaskService taskService, @Lazy ComplaintService service,
                       Users users) {
        this.users = users;
        this.complaints = complaints;
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.service = service;
    }

    @Override
    public Object details(AppUser user, String caseNo) {
        return service.view(user, caseNo);
    }

    @Override
    public List<String> replySteps() {
        return List.of("handle", "rehandle");
    }

    /** The complainant's own rating, or the one an official took down by phone when it gave none (回访). */
    @Override
    public List<String> ratingSteps() {
        return List.of("evaluate", "followUpCall");
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public String numberSeries() {
        return "TS";
    }

    @Override
    public String caseNumber(int year, int sequence) {
        return "TS%d-%06d".formatted(year, sequence);
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(ComplaintStatus.values()).map(Enum::name).toList();
    }

    @Override
    public List<Recipient> parties(String caseNo) {
        CaseFile file = caseFiles.get(caseNo);
        var contact = complaints.get(caseNo).complainant();
        // filed on behalf of an enterprise without an account, the clerk owns the case; the notice is still the enterprise's
        String addressee = users.find(file.ownerUsername()).filter(u -> u.has(Role.ENTERPRISE)).isPresent()
                ? file.ownerUsername() : "enterprise:" + contact.creditCode();
        return List.of(new Recipient(addressee, contact.contactName(), contact.contactEmail(), contact.contactPhone()));
    }

    /**
     * A complaint can be followed by its tracking number and the last digits of the contact phone in its record. Every
     * step the enterprise waits on or hears of may be named; the supervisor's decision on a unit's extension request
     * (extension) is internal until decided.
     */
    @Override
    public Optional<Tracking> tracking() {
        return Optional.of(new Tracking(
                caseNo -> complaints.find(caseNo).map(c -> c.complainant().contactPhone()),
                Set.of("acceptReview", "supplement", "transfer", "signFor", "handle", "evaluate", "followUpCall", "rehandle",
                        "reviewDissatisfaction")));
    }

    /** The handling unit asks while it handles (办理); the supervisor decides; at most `complaint.handle-max` from signing. */
    @Override
    public Optional<ExtensionPolicy> extension() {
        return Optional.of(new ExtensionPolicy("the handling unit", CaseFile::unitCode,
                file -> taskService.createTaskQuery().processInstanceBusinessKey(file.caseNo()).taskDefinitionKey("handle").count() > 0,
                "extension", "the supervisor", "handleDue", "handleMax", "complaint.handle-max", List.of("handle"),
                "complaint.extensionRequested", "办理期限"));
    }
}
