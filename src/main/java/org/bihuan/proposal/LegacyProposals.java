package org.bihuan.proposal;

import jakarta.validation.Validator;
import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseType;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.LedgerColumn;
import org.bihuan.lifecycle.LedgerProblem;
import org.bihuan.lifecycle.LedgerRow;
import org.bihuan.lifecycle.LegacyCases;
import org.bihuan.lifecycle.LegacyStep;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.bihuan.lifecycle.LedgerColumn.optional;
import static org.bihuan.lifecycle.LedgerColumn.required;

/**
 * Open proposals from the office's ledger (docs/legacy-import.md): the proposal as its member filed it (the proposer
 * and cosigners must have member accounts: they evaluate the reply and receive its letter), in the CPPCC session open
 * on its filing day and numbered within it, at review, assignment, or with its lead unit (consultation or reply). A
 * proposal at another step (cosigning, the units' sign-for, co-units' opinions, split handling, evaluation) is not
 * imported: the ledger names it at the step before, or the office finishes it the old way.
 */
@Component
class LegacyProposals implements LegacyCases {

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("个人", "INDIVIDUAL");
        TYPES.put("联名", "JOINT");
        TYPES.put("集体", "COLLECTIVE");
    }

    private static final List<LedgerColumn> COLUMNS = List.of(
            required("title", "提案标题"),
            required("content", "提案内容"),
            required("category", "类别"),
            required("type", "提案类型"),
            required("proposer", "提案人"),
            optional("cosigners", "联名人"));

    /** consult and reply count their deadlines from the assignment (交办): the step's start is the assignment day. */
    private static final List<LegacyStep> STEPS = List.of(
            new LegacyStep("review", List.of("审查立案", "审查", "立案审查"), "UNDER_REVIEW", "proposal.review", false),
            new LegacyStep("assign", List.of("交办"), "UNDER_REVIEW", "proposal.assign", false),
            new LegacyStep("consult", List.of("面商"), "IN_HANDLING", "proposal.consult", true),
            new LegacyStep("reply", List.of("主办答复", "答复", "办理"), "IN_HANDLING", "proposal.reply", true));

    private final ProposalRecords proposals;
    private final ProposalService service;
    private final CppccSessions sessions;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final Validator validator;

    LegacyProposals(ProposalRecords proposals, ProposalService service, CppccSessions sessions, CaseFiles caseFiles,
                    Deadlines deadlines, WorkingDayCalendar calendar, Users users, Validator validator) {
        this.proposals = proposals;
        this.service = service;
        this.sessions = sessions;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.users = users;
        this.validator = validator;
    }

    @Override
    public CaseType caseType() {
        return CaseType.PROPOSAL;
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
        List<AppUser> members = users.withRole(Role.MEMBER);
        Optional<AppUser> proposer = row.text("proposer").flatMap(name -> member(row, "proposer", name, members));
        if (row.text("proposer").isEmpty()) {
            row.problem("proposer", LedgerProblem.Code.REQUIRED);
        }
        List<String> cosigners = new ArrayList<>();
        row.text("cosigners").ifPresent(names -> {
            for (String name : names.split("[、,，;；\\s]+")) {
                if (!name.isBlank()) {
                    member(row, "cosigners", name.strip(), members).ifPresent(m -> cosigners.add(m.username()));
                }
            }
        });
        if (row.text("content").isEmpty()) {
            // the record's own rule on its content would word it as a rule broken, not as a cell left empty
            row.problem("content", LedgerProblem.Code.REQUIRED);
        }
        ProposalRequest request = new ProposalRequest(row.text("title").orElse(null), row.text("content").orElse(null),
                row.text("category").orElse(null), row.choice("type", TYPES).orElse(null), cosigners);
        row.violated(validator.validate(request));
        if (proposer.isPresent() && request.type() != null && !row.hasProblem("cosigners")) {
            try {
                service.checkedCosigners(proposer.get(), request);
            } catch (InvalidRequestException rejected) {
                for (Violation violation : rejected.violations()) {
                    row.violated(LedgerRow.column(violation.field()), false, violation.message());
                }
            }
        }
        if (row.hasProblems() || proposer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LegacyCase(proposer.get(), request.title(), variables(proposer.get(), cosigners, at),
                caseNo -> store(caseNo, request, proposer.get(), cosigners, at)));
    }

    /** A member account by username or by name; a name two members share must be given as a username. */
    private static Optional<AppUser> member(LedgerRow row, String column, String name, List<AppUser> members) {
        Optional<AppUser> byUsername = members.stream().filter(m -> m.username().equals(name)).findFirst();
        if (byUsername.isPresent()) {
            return byUsername;
        }
        List<AppUser> byName = members.stream().filter(m -> m.displayName().equals(name)).toList();
        if (byName.size() > 1) {
            row.problem(column, LedgerProblem.Code.AMBIGUOUS_MEMBER, name);
            return Optional.empty();
        }
        if (byName.isEmpty()) {
            row.problem(column, LedgerProblem.Code.UNKNOWN_MEMBER, name);
            return Optional.empty();
        }
        return Optional.of(byName.get(0));
    }

    private Map<String, Object> variables(AppUser proposer, List<String> cosigners, StepAt at) {
        Map<String, Object> variables = new HashMap<>();
        Date started = Date.from(at.startedAt());
        variables.put("proposer", proposer.username());
        variables.put("cosignerCount", cosigners.size());
        variables.put("submittedAt", Date.from(at.receivedAt()));
        switch (at.step().taskKey()) {
            case "review" -> variables.put("reviewStartedAt", started);
            case "consult", "reply" -> {
                Instant reply = "reply".equals(at.step().taskKey()) ? at.due() : deadlines.due("proposal.reply", at.startedAt());
                Instant longest = deadlines.due("proposal.reply-max", at.startedAt());
                variables.put("assignedAt", started);
                variables.put("leadUnit", at.unitCode());
                variables.put("mode", "LEAD");
                variables.put("keyProposal", false);
                variables.put("supervisingLeader", null);
                variables.put("consultDue", Date.from("consult".equals(at.step().taskKey()) ? at.due()
                        : deadlines.due("proposal.consult", at.startedAt())));
                variables.put("coOpinionDue", Date.from(deadlines.due("proposal.co-opinion", at.startedAt())));
                variables.put("replyDue", Date.from(reply));
                variables.put("replyMax", Date.from(longest.isBefore(reply) ? reply : longest));
            }
            default -> {
            }
        }
        return variables;
    }

    private void store(String caseNo, ProposalRequest request, AppUser proposer, List<String> cosigners, StepAt at) {
        LocalDate filedOn = LocalDate.ofInstant(at.receivedAt(), calendar.zone());
        proposals.insert(caseNo, sessions.numberYear(filedOn), sessions.openOn(filedOn).map(CppccSession::id).orElse(null), request);
        proposals.addSigner(caseNo, proposer.username(), 0, "INITIATOR");
        for (int i = 0; i < cosigners.size(); i++) {
            // the ledger's cosigners had confirmed: cosigning is over before review
            proposals.addSigner(caseNo, cosigners.get(i), i + 1, "CONFIRMED");
            caseFiles.grantAccess(caseNo, "USER", cosigners.get(i), "COSIGNER");
        }
        if (at.unitCode() != null && at.step().unitRequired()) {
            proposals.replaceUnits(caseNo, at.unitCode(), List.of(), "LEAD", at.startedAt());
            proposals.setUnitStatus(caseNo, at.unitCode(), "ACCEPTED");
            caseFiles.grantAccess(caseNo, "UNIT", at.unitCode(), "LEAD_UNIT");
        }
    }

    @Override
    public void erase(String caseNo) {
        proposals.erase(caseNo);
    }
}
