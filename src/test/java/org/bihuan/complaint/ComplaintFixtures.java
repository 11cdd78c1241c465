package org.bihuan.complaint;

import org.bihuan.identity.Users;
import org.bihuan.task.TaskCompletion;
import org.springframework.context.ApplicationContext;

import java.util.Map;

/** Complaints in a given stage, for tests of other features (supervision, statistics) that need real cases. */
public final class ComplaintFixtures {

    private final ComplaintService complaints;
    private final TaskCompletion tasks;
    private final Users users;

    public ComplaintFixtures(ApplicationContext context) {
        this.complaints = context.getBean(ComplaintService.class);
        this.tasks = context.getBean(TaskCompletion.class);
        this.users = context.getBean(Users.class);
    }

    /** Filed by ent-a, accepted, transferred to 财政局 (CZJ) and signed by unit-a: waiting in `handle`. */
    public String inHandling() {
        String caseNo = transferredTo("CZJ");
        act("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        return caseNo;
    }

    /** Filed by ent-a, accepted and transferred to the unit: waiting to be signed for (`signFor`, due the next working day). */
    public String transferredTo(String unitCode) {
        String caseNo = complaints.submit(users.find("ent-a").orElseThrow(), ComplaintScenario.request(false)).trackingNo();
        act("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        act("intake", caseNo, "transfer", Map.of("unitCode", unitCode));
        return caseNo;
    }

    public void act(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        tasks.completeAs(users.find(username).orElseThrow(), caseNo, taskKey, fields);
    }
}
