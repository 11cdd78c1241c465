package org.bihuan.proposal;

import org.bihuan.casefile.CaseFiles;
import org.bihuan.identity.UnitMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 机构改革 on a proposal: the merged unit's successor takes its place as lead or co-unit of every open proposal, in the
 * merge's transaction, so that the successor's acceptance and reply are recorded as its own (the case file, the tasks
 * and the routing variables moved already). A closed proposal keeps the unit that handled it.
 */
@Component
class ProposalUnitHandover {

    private final ProposalRecords proposals;
    private final CaseFiles caseFiles;

    ProposalUnitHandover(ProposalRecords proposals, CaseFiles caseFiles) {
        this.proposals = proposals;
        this.caseFiles = caseFiles;
    }

    @EventListener
    void handOver(UnitMerged merged) {
        for (String caseNo : proposals.casesNaming(merged.from())) {
            boolean open = caseFiles.find(caseNo).filter(file -> file.closedAt() == null).isPresent();
            if (open) {
                proposals.handOverUnit(caseNo, merged.from(), merged.to());
            }
        }
    }
}
