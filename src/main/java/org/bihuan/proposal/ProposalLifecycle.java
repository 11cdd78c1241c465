package org.bihuan.proposal;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.lifecycle.ExtensionPolicy;
import org.bihuan.lifecycle.Lifecycle;
import org.bihuan.notification.Recipient;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CPPCC proposal as the kernel sees it: numbered 20260001 within its CPPCC session (by the session's year; by the
 * calendar year when no session is open), told to its signers.
 */
@Component
class ProposalLifecycle implements Lifecycle {

    private final ProposalRecords proposals;
    private final Users users;
    private final ProposalService service;
    private final CppccSessions sessions;

    // the service opens cases through the kernel, which knows the lifecycles: lazily, to break that circle
    ProposalLifecycle(ProposalRecords proposals, Users users, @Lazy ProposalService service, CppccSessions sessions) {
        this.sessions = sessions;
        this.proposals = proposals;
        this.users = users;
        this.service = service;
    }

    @Override
    public Object details(AppUser user, String caseNo) {
        return service.view(user, caseNo);
    }

    @Override
    public List<String> replySteps() {
        return List.of("reply", "unitReply", "rehandle");
    }

    @Override
    public List<String> ratingSteps() {
        return List.of("evaluate");
    }

    @Override
    public CaseType caseType() {
        return CaseType.PROPOSAL;
    }

    @Override
    public String numberSeries() {
        return "TA";
    }

    @Override
    public String caseNumber(int year, int sequence) {
        return "%d%04d".formatted(year, sequence);
    }

    @Override
    public int numberYear(LocalDate receivedOn) {
        return sessions.numberYear(receivedOn);
    }

    @Override
    public List<String> statuses() {
        return Arrays.stream(ProposalStatus.values()).map(Enum::name).toList();
    }

    @Override
    public List<Recipient> parties(String caseNo) {
        return proposals.activeSigners(caseNo).stream().map(users::find).flatMap(Optional::stream).map(CaseNotices::recipient).toList();
    }

    /** The lead unit asks while the proposal is handled; the committee decides; at most `proposal.reply-max` from assignment. */
    @Override
    public Optional<ExtensionPolicy> extension() {
        return Optional.of(new ExtensionPolicy("the lead unit", file -> proposals.get(file.caseNo()).leadUnit(),
                file -> "IN_HANDLING".equals(file.status()),
                "proposalExtension", "the committee", "replyDue", "replyMax", "proposal.reply-max", List.of("reply", "unitReply"),
                "proposal.extensionRequested", "答复期限"));
    }
}
