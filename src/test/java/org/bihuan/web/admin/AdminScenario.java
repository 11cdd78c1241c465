package org.bihuan.web.admin;

import org.bihuan.identity.AccountProfile;
import org.bihuan.identity.AccountRequest;
import org.bihuan.identity.UnitProfile;
import org.bihuan.identity.UnitRequest;
import org.bihuan.identity.UserAccounts;
import org.bihuan.identity.Units;
import org.bihuan.notification.NotificationDispatcher;
import org.bihuan.support.BrowserScenario;
import org.bihuan.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration's tests: units and accounts of their own (codes and names unique in the database the suite
 * shares, in Latin letters so that an English page holds no Han character outside user data), the links they are
 * mailed, and a proposal put in a unit through the API so that its officials have a task.
 */
abstract class AdminScenario extends BrowserScenario {

    static final String STRONG_PASSWORD = "Quarry-Lantern-73";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;

    /** A code no other test uses, e.g. {@code T012345}. */
    static String uniqueCode(String prefix) {
        return prefix + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    /** A new active handling unit in Hangzhou, made through the service as the page makes it. */
    UnitProfile handlingUnit(String name) {
        return units.create(new UnitRequest(uniqueCode("T"), name, "HANDLING", "330100", List.of(), List.of(), List.of()));
    }

    /** A new account of this unit with this role (its owner is mailed a link). */
    AccountProfile account(String role, String unitCode) {
        String username = uniqueCode("u").toLowerCase();
        return accounts.create(new AccountRequest(username, "Tester " + username, username + "@office.example", null,
                List.of(role), unitCode, false));
    }

    /** Delivers the outbox; the path (with its token) of the last link mailed to this address. */
    String linkMailedTo(String address) {
        dispatcher.dispatchDue();
        return TestMailServer.lastLinkSentTo(address);
    }

    /** member files a proposal, the committee registers it and assigns it to the unit: the unit has a signFor task. */
    String proposalAssignedTo(String unitCode) {
        return proposalAssignedTo(unitCode, List.of());
    }

    /** The same with co-units (会办) beside the lead unit. */
    String proposalAssignedTo(String unitCode, List<String> coUnits) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Proposal for " + unitCode);
        body.put("content", "问题：老旧小区缺少电梯，老人出行困难。分析：资金和协调机制不足。建议：一是财政补贴；二是简化审批。");
        body.put("category", "社会事业");
        body.put("type", "INDIVIDUAL");
        body.put("cosigners", List.of());
        Reply filed = as("member").post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String proposalNo = filed.json().get("proposalNo").asText();
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        complete("committee", proposalNo, "assign", Map.of("leadUnit", unitCode, "coUnits", coUnits, "mode", "LEAD"));
        return proposalNo;
    }
}
