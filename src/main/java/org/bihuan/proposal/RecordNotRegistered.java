package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 不予立案: the proposers are told why; the content may go on as 社情民意. */
@Component("recordNotRegistered")
class RecordNotRegistered implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final CaseNotices notices;

    RecordNotRegistered(ProposalRecords proposals, CaseFiles caseFiles, CaseNotices notices) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        Map<String, Object> review = caseFiles.latestSubmission(proposalNo, "review").orElseThrow();
        boolean opinion = Boolean.TRUE.equals(review.get("forwardAsOpinion"));
        proposals.markNotRegistered(proposalNo, opinion);
        caseFiles.close(proposalNo, opinion ? "FORWARDED_AS_OPINION" : "NOT_REGISTERED");
        if (opinion) {
            caseFiles.record(proposalNo, "FORWARDED_AS_OPINION", CaseFiles.SYSTEM, "内容转为社情民意信息");
        }
        notices.toUsers(proposalNo, proposals.activeSigners(proposalNo), "proposal.notRegistered",
                Map.of("reason", String.valueOf(review.get("reason")),
                        "opinionNote", opinion ? "提案内容已转为社情民意信息报送。" : ""),
                "notRegistered:" + execution.getActivityInstanceId());
    }
}
