package org.bihuan.proposal;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The lists the proposal model iterates over (cosigners, assigned units), read from the case file when a
 * multi-instance step starts, so the engine never stores a serialized list. Public because the model's
 * expressions call it by reflection.
 */
@Component("proposalParties")
public class ProposalParties {

    private final ProposalRecords proposals;

    ProposalParties(ProposalRecords proposals) {
        this.proposals = proposals;
    }

    public List<String> invitedCosigners(String caseNo) {
        return proposals.signersWithStatus(caseNo, "INVITED");
    }

    public List<String> assignedUnits(String caseNo) {
        return proposals.units(caseNo).stream().map(ProposalRecords.UnitAssignment::unitCode).toList();
    }

    public List<String> coUnits(String caseNo) {
        return proposals.units(caseNo).stream().filter(u -> "CO".equals(u.role())).map(ProposalRecords.UnitAssignment::unitCode).toList();
    }
}
