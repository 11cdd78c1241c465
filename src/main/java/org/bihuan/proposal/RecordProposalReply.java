package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.document.IssuedDocument;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 答复: the units' replies go on the proposal; its signers, the signers of every proposal merged into it
 * and, for a key proposal, the supervising leader are told, and the proposer has `proposal.evaluate`.
 */
@Component("recordProposalReply")
class RecordProposalReply implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final CaseNotices notices;
    private final CaseDocuments documents;
    private final Deadlines deadlines;
    private final Users users;
    private final Clock clock;
    private final ReplyLetter replyLetter;

    RecordProposalReply(ProposalRecords proposals, CaseFiles caseFiles, CaseNotices notices, CaseDocuments documents,
                        Deadlines deadlines, Users users, Clock clock, ReplyLetter replyLetter) {
        this.replyLetter = replyLetter;
        this.documents = documents;
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.notices = notices;
        this.deadlines = deadlines;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        ProposalRecord proposal = proposals.get(proposalNo);
        int rehandleCount = caseFiles.get(proposalNo).rehandleCount();
        Instant now = clock.instant();
        if ("SPLIT".equals(proposal.mode()) && rehandleCount == 0) {
            recordSplitReplies(proposalNo, now);
        } else {
            String step = rehandleCount > 0 ? "rehandle" : "reply";
            Map<String, Object> reply = caseFiles.latestSubmission(proposalNo, step).orElseThrow();
            String replyClass = (String) reply.get("replyClass");
            String text = (String) reply.get("replyText");
            boolean publishable = Boolean.TRUE.equals(reply.get("publishable"));
            proposals.recordUnitReply(proposalNo, proposal.leadUnit(), replyClass, text, publishable, now);
            proposals.recordReply(proposalNo, replyClass, text, publishable, now);
        }
        ProposalRecord replied = proposals.get(proposalNo);
        Instant evaluateDue = deadlines.due("proposal.evaluate", now);
        execution.setVariable("evaluateDue", Date.from(evaluateDue));

        // the 答复函 goes to the proposers, who hear of it with its number; the others concerned get the same notice
        List<String> signers = proposals.activeSigners(proposalNo);
        Map<String, Object> notice = Map.of("replyClass", ReplyClass.label(replied.replyClass()),
                "evaluateDeadline", notices.time(evaluateDue));
        Map<String, Object> letter = new java.util.HashMap<>(notice);
        letter.put("proposers", String.join("、", signers.stream().map(notices::displayName).toList()));
        letter.put("leadUnit", replied.leadUnit());
        letter.put("unitName", notices.unitName(replied.leadUnit()));
        letter.put("heading", replyLetter.heading(replied));
        letter.put("replyText", replied.replyText());
        IssuedDocument issued = documents.toParty(proposalNo, ReplyLetter.KIND, (String) letter.get("proposers"), letter,
                "replied:" + execution.getActivityInstanceId());
        Set<String> told = new LinkedHashSet<>();
        for (String merged : proposals.mergedInto(proposalNo)) {
            told.addAll(proposals.activeSigners(merged));
            caseFiles.record(merged, "REPLIED_WITH", CaseFiles.SYSTEM, "随第" + proposalNo + "号提案答复");
        }
        if (replied.keyProposal() && replied.supervisingLeader() != null) {
            told.add(replied.supervisingLeader());
        }
        told.removeAll(signers);
        if (!told.isEmpty()) {
            Map<String, Object> withLetter = new java.util.HashMap<>(notice);
            withLetter.put("documentNo", issued.documentNo());
            withLetter.put("documentName", issued.name());
            notices.toUsers(proposalNo, told, "proposal.replied", withLetter, "replied:" + execution.getActivityInstanceId());
        }
    }

    /** Each unit replied on its own; the proposal's reply is all of them, in assignment order. */
    private void recordSplitReplies(String proposalNo, Instant now) {
        List<String> texts = new ArrayList<>();
        String firstClass = null;
        boolean allPublishable = true;
        for (CaseFiles.Submission s : caseFiles.submissions(proposalNo, "unitReply")) {
            String unit = users.find(s.actor()).map(u -> u.unitCode()).orElseThrow();
            String replyClass = (String) s.data().get("replyClass");
            boolean publishable = Boolean.TRUE.equals(s.data().get("publishable"));
            proposals.recordUnitReply(proposalNo, unit, replyClass, (String) s.data().get("replyText"), publishable, s.at());
        }
        for (ProposalRecords.UnitAssignment unit : proposals.units(proposalNo)) {
            if (unit.replyText() == null) {
                continue;
            }
            firstClass = firstClass == null ? unit.replyClass() : firstClass;
            allPublishable &= Boolean.TRUE.equals(unit.publishable());
            texts.add("【" + notices.unitName(unit.unitCode()) + "（" + unit.replyClass() + "类）】" + unit.replyText());
        }
        proposals.recordReply(proposalNo, firstClass, String.join("\n\n", texts), allPublishable, now);
    }
}
