package org.bihuan.proposal;

import static org.bihuan.persistence.SqlTime.instant;

import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseListQuery;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Service
@Transactional
class ProposalService {

    static final String SERIES = "TA";

    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final ProposalRecords proposals;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProposalNotices notices;
    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalService(CaseFiles caseFiles, CaseVisibility visibility, ProposalRecords proposals, Deadlines deadlines,
                    WorkingDayCalendar calendar, RuntimeService runtimeService, TaskService taskService, ProposalNotices notices,
                    Users users, JdbcClient jdbc, Clock clock) {
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.proposals = proposals;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.notices = notices;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Files the proposal under the next number of the session year and starts its lifecycle. */
    ProposalView.Submitted submit(AppUser member, ProposalRequest request) {
        if (!member.has(Role.MEMBER)) {
            throw new ForbiddenException("only a CPPCC member can file a proposal");
        }
        List<String> cosigners = checkedCosigners(member, request);
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, calendar.zone()).getYear();
        String proposalNo = "%d%04d".formatted(year, caseFiles.nextSequence(SERIES, year));
        caseFiles.open(CaseFile.opened(proposalNo, CaseType.PROPOSAL, request.title(), "SUBMITTED", member.username(), now));
        proposals.insert(proposalNo, year, request);
        proposals.addSigner(proposalNo, member.username(), 0, "INITIATOR");
        for (int i = 0; i < cosigners.size(); i++) {
            proposals.addSigner(proposalNo, cosigners.get(i), i + 1, "INVITED");
            caseFiles.grantAccess(proposalNo, "USER", cosigners.get(i), "COSIGNER");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseNo", proposalNo);
        variables.put("caseTitle", request.title());
        variables.put("proposer", member.username());
        variables.put("cosignerCount", cosigners.size());
        variables.put("rehandleCount", 0);
        variables.put("submittedAt", Date.from(now));
        variables.put("cosignDue", Date.from(deadlines.due("proposal.cosign", now)));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CaseType.PROPOSAL.processKey(), proposalNo, variables);
        caseFiles.linkProcess(proposalNo, instance.getId());
        notices.toUsers(proposalNo, List.of(member.username()), "proposal.submitted", Map.of(), "submitted:" + proposalNo);
        return new ProposalView.Submitted(proposalNo, caseFiles.get(proposalNo).status());
    }

    private List<String> checkedCosigners(AppUser member, ProposalRequest request) {
        List<String> cosigners = request.cosignersOrEmpty();
        List<Violation> violations = new ArrayList<>();
        if ("JOINT".equals(request.type()) && cosigners.isEmpty()) {
            violations.add(new Violation("cosigners", "a joint proposal needs at least one cosigner"));
        }
        if (!"JOINT".equals(request.type()) && !cosigners.isEmpty()) {
            violations.add(new Violation("cosigners", "only a JOINT proposal has cosigners"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cosigners.size(); i++) {
            String username = cosigners.get(i);
            String field = "cosigners[" + i + "]";
            if (username.equals(member.username())) {
                violations.add(new Violation(field, "is the initiator, who signs first anyway"));
            } else if (!seen.add(username)) {
                violations.add(new Violation(field, "is named twice"));
            } else if (users.find(username).filter(u -> u.has(Role.MEMBER)).isEmpty()) {
                violations.add(new Violation(field, "is not a CPPCC member: " + username));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return cosigners;
    }

    @Transactional(readOnly = true)
    ProposalView view(AppUser user, String proposalNo) {
        CaseFile file = visibleCase(user, proposalNo);
        ProposalRecord proposal = proposals.get(proposalNo);
        List<ProposalView.SignerView> signers = proposals.signers(proposalNo).stream()
                .map(s -> new ProposalView.SignerView(s.username(), notices.displayName(s.username()), s.position(), s.status())).toList();
        List<ProposalView.UnitView> units = proposals.units(proposalNo).stream()
                .map(u -> new ProposalView.UnitView(u.unitCode(), notices.unitName(u.unitCode()), u.role(), u.status(),
                        u.replyClass(), u.replyText(), u.publishable(), u.repliedAt())).toList();
        return ProposalView.of(file, proposal, signers, units, proposals.mergedInto(proposalNo), caseFiles.deadlines(proposalNo),
                caseFiles.timeline(proposalNo));
    }

    @Transactional(readOnly = true)
    ProposalView.Page list(AppUser user, String status, String q, Integer year, Boolean key, int page, int size) {
        CaseListQuery query = CaseListQuery.of(visibility, user, CaseType.PROPOSAL, "f", status, page, size);
        if (year != null) {
            query.and("p.session_year = ?", year);
        }
        if (key != null) {
            query.and("p.key_proposal = ?", key);
        }
        query.search(q, "f.case_no", "p.title", "p.category");
        String where = query.where();
        List<Object> params = query.params();
        String from = " from case_file f join proposal p on p.case_no = f.case_no";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<Object> pageParams = query.pageParams(page, size);
        List<ProposalView.Summary> items = jdbc.sql("""
                        select f.case_no, p.title, p.category, p.proposal_type, f.status, p.lead_unit, p.key_proposal,
                               f.current_step, f.current_due, f.overdue, f.received_at""" + from + where
                        + " order by f.case_no desc limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> new ProposalView.Summary(rs.getString("case_no"), rs.getString("title"), rs.getString("category"),
                        rs.getString("proposal_type"), rs.getString("status"), rs.getString("lead_unit"), rs.getBoolean("key_proposal"),
                        rs.getString("current_step"), instant(rs, "current_due"), rs.getBoolean("overdue"),
                        instant(rs, "received_at")))
                .list();
        return new ProposalView.Page(items, page, size, total);
    }

    /** Published replies, for anyone: the proposers by name only, no contact details, no internal notes. */
    @Transactional(readOnly = true)
    List<ProposalView.Published> published(Integer year) {
        String sql = "select p.case_no from proposal p where p.published_at is not null"
                + (year == null ? "" : " and p.session_year = ?") + " order by p.case_no desc limit 500";
        List<String> numbers = year == null ? jdbc.sql(sql).query(String.class).list()
                : jdbc.sql(sql).param(year).query(String.class).list();
        return numbers.stream().map(no -> {
            ProposalRecord p = proposals.get(no);
            String names = String.join("、", notices.signers(no).stream().map(notices::displayName).toList());
            return new ProposalView.Published(no, p.sessionYear(), p.title(), p.category(), names,
                    p.leadUnit() == null ? null : notices.unitName(p.leadUnit()), p.replyClass(), p.replyText(), p.repliedAt());
        }).toList();
    }

    /** The lead unit asks the committee for more time to reply; the reply deadline keeps running meanwhile. */
    void requestExtension(AppUser user, String proposalNo, ExtensionRequest request) {
        CaseFile file = visibleCase(user, proposalNo);
        ProposalRecord proposal = proposals.get(proposalNo);
        if (!user.has(Role.UNIT) || !user.unitCode().equals(proposal.leadUnit())) {
            throw new ForbiddenException("only the lead unit can ask for an extension");
        }
        if (!"IN_HANDLING".equals(file.status())) {
            throw new ConflictException("proposal " + proposalNo + " is not being handled; no extension can be asked");
        }
        if (taskService.createTaskQuery().processInstanceBusinessKey(proposalNo).taskDefinitionKey("proposalExtension").count() > 0) {
            throw new ConflictException("an extension request for " + proposalNo + " is already waiting for the committee");
        }
        String processId = file.processInstanceId();
        LocalDate current = LocalDate.ofInstant(((Date) runtimeService.getVariable(processId, "replyDue")).toInstant(), calendar.zone());
        LocalDate max = LocalDate.ofInstant(((Date) runtimeService.getVariable(processId, "replyMax")).toInstant(), calendar.zone());
        if (!request.requestedDeadline().isAfter(current)) {
            throw new InvalidRequestException("requestedDeadline", "must be after the current deadline " + current);
        }
        if (request.requestedDeadline().isAfter(max)) {
            throw new InvalidRequestException("requestedDeadline", "must not be after " + max
                    + " (" + deadlines.expression("proposal.reply-max") + " from assignment)");
        }
        caseFiles.record(proposalNo, "EXTENSION_REQUESTED", user.username(), "申请延期至 " + request.requestedDeadline() + "：" + request.reason());
        runtimeService.createMessageCorrelation("proposal.extensionRequested")
                .processInstanceId(processId)
                .setVariable("newDeadline", request.requestedDeadline().toString())
                .correlate();
    }

    CaseFile visibleCase(AppUser user, String proposalNo) {
        return caseFiles.find(proposalNo)
                .filter(f -> f.caseType() == CaseType.PROPOSAL && visibility.canSee(user, f))
                .orElseThrow(() -> new NotFoundException("no proposal " + proposalNo));
    }
}
