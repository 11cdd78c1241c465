package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 交办异议: the objecting unit and its reason go on the timeline; the committee assigns again. */
@Component("recordObjection")
class RecordObjection implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final CaseNotices notices;
    private final Users users;

    RecordObjection(ProposalRecords proposals, CaseFiles caseFiles, CaseNotices notices, Users users) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.notices = notices;
        this.users = users;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        var objection = caseFiles.submissions(proposalNo, "signFor").stream()
                .filter(s -> "OBJECT".equals(s.data().get("decision")))
                .reduce((first, second) -> second).orElseThrow();
        String unit = users.find(objection.actor()).map(u -> u.unitCode()).orElse("?");
        proposals.setUnitStatus(proposalNo, unit, "OBJECTED");
        caseFiles.record(proposalNo, "OBJECTION", objection.actor(),
                notices.unitName(unit) + " 对交办提出异议：" + objection.data().get("reason"));
    }
}
