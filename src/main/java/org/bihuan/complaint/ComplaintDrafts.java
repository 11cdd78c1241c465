package org.bihuan.complaint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.lifecycle.DraftData;
import org.bihuan.lifecycle.DraftSubmitter;
import org.springframework.stereotype.Component;

/** A complaint draft is filed exactly as POST /api/complaints files one; its files become the evidence. */
@Component
class ComplaintDrafts implements DraftSubmitter {

    private final ComplaintService complaints;
    private final DraftData drafts;

    ComplaintDrafts(ComplaintService complaints, DraftData drafts) {
        this.complaints = complaints;
        this.drafts = drafts;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public boolean mayFile(AppUser user) {
        return user.has(Role.ENTERPRISE);
    }

    @Override
    public boolean takesFiles() {
        return true;
    }

    /** The complainant as the account knows it: its credit code (which the complaint must carry) and how to reach it. */
    @Override
    public ObjectNode startingData(AppUser user, ObjectNode empty) {
        ObjectNode complainant = empty.putObject("complainant");
        putIfKnown(complainant, "creditCode", user.creditCode());
        putIfKnown(complainant, "contactPhone", user.phone());
        putIfKnown(complainant, "contactEmail", user.email());
        return empty;
    }

    @Override
    public Filed file(AppUser user, ObjectNode data) {
        ComplaintView.Submitted submitted = complaints.submit(user, drafts.read(data, ComplaintRequest.class));
        return new Filed(submitted.trackingNo(), submitted);
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
