package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * 交办: the units, the mode and whether it is a key proposal are written to the case file; every unit may
 * see it and has `proposal.objection` to object. A new assignment (after an objection) replaces the last.
 */
@Component("recordAssignment")
class RecordAssignment implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final CaseNotices notices;
    private final CaseDocuments documents;
    private final Deadlines deadlines;
    private final Clock clock;

    RecordAssignment(ProposalRecords proposals, CaseFiles caseFiles, CaseNotices notices, CaseDocuments documents,
                     Deadlines deadlines, Clock clock) {
        this.documents = documents;
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.notices = notices;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        Map<String, Object> assignment = caseFiles.latestSubmission(proposalNo, "assign").orElseThrow();
        String lead = (String) assignment.get("leadUnit");
        List<String> others = UnitCodes.of(assignment.get("coUnits"));
        String mode = (String) assignment.get("mode");
        boolean key = Boolean.TRUE.equals(assignment.get("key"));
        String leader = key ? (String) assignment.get("supervisingLeader") : null;

        Instant now = clock.instant();
        proposals.replaceUnits(proposalNo, lead, others, mode, now);
        proposals.setKey(proposalNo, key, leader);
        caseFiles.assignUnit(proposalNo, lead);
        for (String reason : List.of("LEAD_UNIT", "CO_UNIT", "SPLIT_UNIT", "LEADER")) {
            caseFiles.revokeAccess(proposalNo, reason);
        }
        caseFiles.grantAccess(proposalNo, "UNIT", lead, "SPLIT".equals(mode) ? "SPLIT_UNIT" : "LEAD_UNIT");
        others.forEach(u -> caseFiles.grantAccess(proposalNo, "UNIT", u, "SPLIT".equals(mode) ? "SPLIT_UNIT" : "CO_UNIT"));
        if (key) {
            caseFiles.grantAccess(proposalNo, "USER", leader, "LEADER");
        }

        execution.setVariable("assignedAt", Date.from(now));
        execution.setVariable("leadUnit", lead);
        execution.setVariable("mode", mode);
        execution.setVariable("keyProposal", key);
        execution.setVariable("supervisingLeader", leader);

        List<String> names = new ArrayList<>();
        names.add(("SPLIT".equals(mode) ? "分办：" : "主办：") + notices.unitName(lead));
        others.forEach(u -> names.add(("SPLIT".equals(mode) ? "分办：" : "会办：") + notices.unitName(u)));
        caseFiles.record(proposalNo, "ASSIGNED", CaseFiles.SYSTEM, String.join("；", names) + (key ? "；重点提案，督办领导 " + notices.displayName(leader) : ""));
        String objectionDeadline = notices.time(deadlines.due("proposal.objection", now));
        List<String> units = new ArrayList<>(others);
        units.add(0, lead);
        // 交办单: one to each unit, which hears of it with its number
        String proposers = String.join("、", proposals.activeSigners(proposalNo).stream().map(notices::displayName).toList());
        String replyDeadline = notices.time(deadlines.due("proposal.reply", now));
        for (String unit : units) {
            String role = "SPLIT".equals(mode) ? "分办" : unit.equals(lead) ? "主办" : "会办";
            documents.toUnit(proposalNo, unit, "ASSIGNMENT_SHEET", Map.of("objectionDeadline", objectionDeadline,
                            "proposers", proposers, "role", role, "allUnits", String.join("；", names), "replyDeadline", replyDeadline),
                    "assigned:" + execution.getActivityInstanceId() + ":" + unit);
        }
    }
}
