package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * 并案: this proposal is answered with the one it joins. Its signers may follow the target proposal and
 * will get its reply (see RecordProposalReply).
 */
@Component("mergeProposal")
class MergeProposal implements JavaDelegate {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;
    private final CaseNotices notices;

    MergeProposal(ProposalRecords proposals, CaseFiles caseFiles, CaseNotices notices) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalNo = execution.getProcessBusinessKey();
        String target = (String) execution.getVariable("mergeInto");
        proposals.mergeInto(proposalNo, target);
        caseFiles.close(proposalNo, "MERGED");
        caseFiles.record(proposalNo, "MERGED", CaseFiles.SYSTEM, "并入第" + target + "号提案办理");
        caseFiles.record(target, "MERGED_IN", CaseFiles.SYSTEM, "第" + proposalNo + "号提案并入本案办理");
        for (String signer : proposals.activeSigners(proposalNo)) {
            caseFiles.grantAccess(target, "USER", signer, "MERGED");
        }
        notices.toUsers(proposalNo, proposals.activeSigners(proposalNo), "proposal.merged", Map.of("mergedInto", target),
                "merged:" + execution.getActivityInstanceId());
    }
}
