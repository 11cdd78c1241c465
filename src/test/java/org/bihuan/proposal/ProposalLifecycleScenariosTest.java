package org.bihuan.proposal;

import org.bihuan.lifecycle.ExtensionRequest;
import org.bihuan.domain.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

class ProposalLifecycleScenariosTest extends ProposalScenario {

    @Test
    void anIndividualProposalIsRegisteredHandledRepliedEvaluatedAndPublished() {
        String proposalNo = submitIndividual("member");
        assertThat(proposalNo).matches("2026\\d{4}");
        assertThat(caseFile(proposalNo).status()).isEqualTo("UNDER_REVIEW");
        // 15 working days from Monday 2 March → Monday 23 March
        assertThat(openTask(proposalNo, "review").getDueDate().toInstant()).isEqualTo(at(2026, 3, 23, 17, 30));

        register(proposalNo);
        assign(proposalNo, "CZJ", List.of(), "LEAD");
        assertThat(caseFile(proposalNo).status()).isEqualTo("ASSIGNED");
        // 5 working days to object
        assertThat(openTask(proposalNo, "signFor").getDueDate().toInstant()).isEqualTo(at(2026, 3, 9, 17, 30));

        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        assertThat(caseFile(proposalNo).status()).isEqualTo("IN_HANDLING");
        assertThat(openTask(proposalNo, "consult").getDueDate().toInstant()).isEqualTo(at(2026, 3, 23, 17, 30));

        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "VISIT", "summary", "走访提案人。"));
        // 3 months from assignment on 2 March → Tuesday 2 June
        assertThat(openTask(proposalNo, "reply").getDueDate().toInstant()).isEqualTo(at(2026, 6, 2, 17, 30));
        complete("unit-a", proposalNo, "reply", reply("B"));

        assertThat(caseFile(proposalNo).status()).isEqualTo("REPLIED");
        assertThat(openTask(proposalNo, "evaluate").getAssignee()).isEqualTo("member");
        assertThat(notices(proposalNo)).contains("proposal.submitted->member", "proposal.assigned->unit-a", "proposal.replied->member");

        complete("member", proposalNo, "evaluate", Map.of("satisfaction", "SATISFIED"));

        assertThat(process(proposalNo)).isNull();
        assertThat(caseFile(proposalNo).status()).isEqualTo("CLOSED");
        ProposalRecord closed = proposalRecords.get(proposalNo);
        assertThat(closed.replyClass()).isEqualTo("B");
        assertThat(caseFile(proposalNo).satisfaction()).isEqualTo("SATISFIED");
        assertThat(closed.publishedAt()).isNotNull();
        assertThat(proposals.published(2026)).anySatisfy(p -> {
            assertThat(p.proposalNo()).isEqualTo(proposalNo);
            assertThat(p.replyText()).contains("加装电梯补贴");
            assertThat(p.leadUnit()).isEqualTo("市财政局");
        });
        assertThat(statusHistory(proposalNo)).containsSubsequence("UNDER_REVIEW", "ASSIGNED", "IN_HANDLING", "REPLIED", "CLOSED");
    }

    @Test
    void aCosignerWhoDeclinesIsRemovedAndTheProposalGoesOn() {
        String proposalNo = submitJoint("member", List.of("member2"));
        assertThat(caseFile(proposalNo).status()).isEqualTo("COSIGNING");
        assertThat(openTask(proposalNo, "cosign").getAssignee()).isEqualTo("member2");
        assertThat(notices(proposalNo)).contains("proposal.cosignRequested->member2");

        complete("member2", proposalNo, "cosign", Map.of("decision", "DECLINE", "note", "另有考虑"));

        assertThat(caseFile(proposalNo).status()).isEqualTo("UNDER_REVIEW");
        assertThat(proposalRecords.signers(proposalNo)).extracting(ProposalRecords.Signer::username, ProposalRecords.Signer::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("member", "INITIATOR"),
                        org.assertj.core.groups.Tuple.tuple("member2", "DECLINED"));
        assertThat(caseFiles.timeline(proposalNo)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("COSIGNED");
            assertThat(e.note()).contains("不同意联名");
        });
    }

    @Test
    void aCosignerWhoConfirmsStaysAndOneWhoDoesNotAnswerInTimeIsLeftOut() {
        String confirmed = submitJoint("member", List.of("member2"));
        complete("member2", confirmed, "cosign", Map.of("decision", "CONFIRM"));
        assertThat(proposalRecords.signersWithStatus(confirmed, "CONFIRMED")).containsExactly("member2");

        String unanswered = submitJoint("member", List.of("member2"));
        // 5 working days to confirm: Monday 9 March 17:30
        timePasses(unanswered, at(2026, 3, 9, 17, 31));
        assertThat(caseFile(unanswered).status()).isEqualTo("UNDER_REVIEW");
        assertThat(proposalRecords.signersWithStatus(unanswered, "NO_ANSWER")).containsExactly("member2");
    }

    @Test
    void aProposalNotRegisteredIsClosedWithTheReasonAndMayGoOnAsAnOpinion() {
        String proposalNo = submitIndividual("member");

        complete("committee", proposalNo, "review", Map.of("decision", "NOT_REGISTER", "reason", "属于个人事务，不符合提案立案条件。",
                "forwardAsOpinion", true));

        assertThat(process(proposalNo)).isNull();
        assertThat(caseFile(proposalNo).status()).isEqualTo("NOT_REGISTERED");
        assertThat(caseFile(proposalNo).closureReason()).isEqualTo("FORWARDED_AS_OPINION");
        assertThat(proposalRecords.get(proposalNo).forwardedAsOpinion()).isTrue();
        assertThat(notices(proposalNo)).contains("proposal.notRegistered->member");
    }

    @Test
    void aMergedProposalEndsButItsProposerStillReceivesTheReply() {
        String target = proposalInHandling();
        String merged = submitIndividual("member2");

        assertThatThrownBy(() -> complete("committee", merged, "review", Map.of("decision", "MERGE", "reason", "同类", "mergeInto", "20269999")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("mergeInto"));
        complete("committee", merged, "review", Map.of("decision", "MERGE", "reason", "与已立案提案内容相同", "mergeInto", target));

        assertThat(process(merged)).isNull();
        assertThat(caseFile(merged).status()).isEqualTo("MERGED");
        assertThat(proposalRecords.get(merged).mergedInto()).isEqualTo(target);

        consultAndReply(target, "A");

        assertThat(notices(target)).contains("proposal.replied->member", "proposal.replied->member2");
        assertThat(timelineTypes(merged)).contains("REPLIED_WITH");
        assertThat(proposals.view(user("member2"), target).proposalNo()).isEqualTo(target);
    }

    @Test
    void theLeadUnitRepliesOnlyAfterTheCoUnitsOpinion() {
        String proposalNo = submitIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of("GZW"), "LEAD");
        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        completeMine("unit-b", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        assertThat(process(proposalNo)).isWaitingAt("consult", "coOpinion");
        // one month from assignment on 2 March
        assertThat(openTask(proposalNo, "coOpinion").getDueDate().toInstant()).isEqualTo(at(2026, 4, 2, 17, 30));
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "PHONE", "summary", "电话沟通。"));

        assertThatThrownBy(() -> complete("unit-a", proposalNo, "reply", reply("B")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getMessage()).contains("市国资委"));

        complete("unit-b", proposalNo, "coOpinion", Map.of("opinion", "国资委将督促相关国企配合。"));
        complete("unit-a", proposalNo, "reply", reply("B"));

        assertThat(caseFile(proposalNo).status()).isEqualTo("REPLIED");
        assertThat(proposals.view(user("unit-b"), proposalNo).units()).extracting(ProposalView.UnitView::role)
                .containsExactly("LEAD", "CO");
    }

    @Test
    void aLateCoUnitIsEscalatedAndTheLeadUnitMayThenReply() {
        String proposalNo = submitIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of("GZW"), "LEAD");
        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        completeMine("unit-b", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "LETTER", "summary", "书面征求意见。"));

        timePasses(proposalNo, at(2026, 4, 2, 17, 31));

        assertThat(timelineTypes(proposalNo)).contains("OVERDUE");
        assertThat(notices(proposalNo)).contains("step.overdue->unit-b", "step.escalated->supervisor");
        assertThat(openTasks(proposalNo, "superviseOverdue")).hasSize(1);

        complete("unit-a", proposalNo, "reply", reply("C"));

        assertThat(caseFile(proposalNo).status()).isEqualTo("REPLIED");
        assertThat(openTasks(proposalNo, "coOpinion")).isEmpty();
        assertThat(openTasks(proposalNo, "superviseOverdue")).isEmpty();
        assertThat(caseFile(proposalNo).overdueCount()).isEqualTo(1);
    }

    @Test
    void inSplitHandlingEachUnitRepliesAndTheProposalIsAnsweredWhenAllHave() {
        String proposalNo = submitIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of("GZW"), "SPLIT");
        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        completeMine("unit-b", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        assertThat(openTasks(proposalNo, "unitReply")).hasSize(2);

        completeMine("unit-a", proposalNo, "unitReply", reply("A"));
        assertThat(caseFile(proposalNo).status()).isEqualTo("IN_HANDLING");
        completeMine("unit-b", proposalNo, "unitReply", Map.of("replyClass", "C", "replyText", "受条件限制，暂不能解决。", "publishable", false));

        assertThat(caseFile(proposalNo).status()).isEqualTo("REPLIED");
        ProposalRecord replied = proposalRecords.get(proposalNo);
        assertThat(replied.replyText()).contains("市财政局", "市国资委", "暂不能解决");
        assertThat(replied.publishable()).isFalse();
        assertThat(proposalRecords.units(proposalNo)).extracting(ProposalRecords.UnitAssignment::replyClass).containsExactly("A", "C");
    }

    @Test
    void anObjectionSendsTheProposalBackToAssignmentWithTheReason() {
        String proposalNo = submitIndividual("member");
        register(proposalNo);
        assign(proposalNo, "GZW", List.of(), "LEAD");

        completeMine("unit-b", proposalNo, "signFor", Map.of("decision", "OBJECT", "reason", "该事项属财政预算安排，不属本委职责。"));

        assertThat(process(proposalNo)).isWaitingAt("assign");
        assertThat(caseFiles.timeline(proposalNo)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("OBJECTION");
            assertThat(e.note()).contains("不属本委职责");
        });

        assign(proposalNo, "CZJ", List.of(), "LEAD");
        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));

        assertThat(process(proposalNo)).isWaitingAt("consult");
        assertThat(caseFile(proposalNo).unitCode()).isEqualTo("CZJ");
        // the unit that objected no longer sees the proposal
        assertThat(proposals.list(user("unit-b"), null, proposalNo, null, null, 0, 20).total()).isZero();
    }

    @Test
    void anApprovedExtensionMovesTheReplyDeadlineWithinSixMonths() {
        String proposalNo = proposalInHandling();
        complete("unit-a", proposalNo, "consult", Map.of("date", "2026-03-05", "method", "MEETING", "summary", "座谈。"));

        assertThatThrownBy(() -> proposals.requestExtension(user("unit-a"), proposalNo,
                new ExtensionRequest("调研", java.time.LocalDate.of(2026, 9, 3))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("requestedDeadline"));
        proposals.requestExtension(user("unit-a"), proposalNo, new ExtensionRequest("需开展专题调研。", java.time.LocalDate.of(2026, 8, 31)));
        complete("committee", proposalNo, "proposalExtension", Map.of("approve", true, "newDeadline", "2026-08-31"));

        assertThat(openTask(proposalNo, "reply").getDueDate().toInstant()).isEqualTo(at(2026, 8, 31, 17, 30));
        assertThat(timelineTypes(proposalNo)).contains("EXTENSION_REQUESTED", "EXTENSION_APPROVED");
    }

    @Test
    void aKeyProposalIsSupervisedByItsLeaderAtAssignmentAndAtTheReply() {
        String proposalNo = submitIndividual("member");
        register(proposalNo);
        assign(proposalNo, "CZJ", List.of(), "LEAD", "leader");
        completeMine("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));

        assertThat(openTask(proposalNo, "leaderSupervision").getAssignee()).isEqualTo("leader");
        assertThat(proposals.list(user("leader"), null, null, null, true, 0, 20).items())
                .extracting(ProposalView.Summary::proposalNo).contains(proposalNo);
        complete("leader", proposalNo, "leaderSupervision", Map.of("note", "请财政局抓紧研究，按期答复。"));

        consultAndReply(proposalNo, "A");

        assertThat(openTask(proposalNo, "leaderReviewOfReply").getAssignee()).isEqualTo("leader");
        assertThat(notices(proposalNo)).contains("proposal.replied->member", "proposal.replied->leader");
        complete("member", proposalNo, "evaluate", Map.of("satisfaction", "SATISFIED"));

        // closing does not wait for the leader's review of the reply
        assertThat(process(proposalNo)).isNull();
        assertThat(caseFile(proposalNo).status()).isEqualTo("CLOSED");
    }

    @Test
    void anUnsatisfiedProposerGetsTheProposalRehandledOnceWhenTheCommitteeDecidesSo() {
        String proposalNo = proposalInHandling();
        consultAndReply(proposalNo, "C");

        complete("member", proposalNo, "evaluate", Map.of("satisfaction", "UNSATISFIED", "comment", "答复过于原则"));
        complete("committee", proposalNo, "rehandleDecision", Map.of("decision", "REHANDLE", "note", "请承办单位重新研究。"));

        assertThat(caseFile(proposalNo).status()).isEqualTo("REHANDLING");
        // one month
        assertThat(openTask(proposalNo, "rehandle").getDueDate().toInstant()).isEqualTo(at(2026, 4, 2, 17, 30));
        complete("unit-a", proposalNo, "rehandle", reply("B"));
        assertThat(proposalRecords.get(proposalNo).replyClass()).isEqualTo("B");

        complete("member", proposalNo, "evaluate", Map.of("satisfaction", "BASICALLY_SATISFIED"));
        assertThat(caseFile(proposalNo).status()).isEqualTo("CLOSED");
        assertThat(caseFile(proposalNo).closureReason()).isEqualTo("BASICALLY_SATISFIED");
    }

    @Test
    void noEvaluationInTimeIsRecordedAndTheProposalCloses() {
        String proposalNo = proposalInHandling();
        consultAndReply(proposalNo, "A");
        // 15 working days from Monday 2 March
        assertThat(openTask(proposalNo, "evaluate").getDueDate().toInstant()).isEqualTo(at(2026, 3, 23, 17, 30));

        timePasses(proposalNo, at(2026, 3, 23, 17, 31));

        assertThat(process(proposalNo)).isNull();
        assertThat(caseFiles.get(proposalNo).satisfaction()).isEqualTo("NO_RESPONSE");
        assertThat(caseFile(proposalNo).closureReason()).isEqualTo("NO_RESPONSE");
    }
}
