package org.bihuan.identity;

import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.notification.NotificationDispatcher;
import org.bihuan.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprises that sign up through the API, each with a credit code, username, e-mail and client address of its
 * own, so that tests sharing the database and the rate limiter do not meet. Mails are read from GreenMail after
 * the outbox is dispatched, as a person would read them.
 */
abstract class EnterpriseAccountScenario extends ComplaintApiScenario {

    static final String STRONG_PASSWORD = "Lantern-Harbour-42";
    static final byte[] LICENCE_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    NotificationDispatcher dispatcher;

    /** A new firm: valid credit code, names and addresses no other test uses. */
    record Firm(String creditCode, String name, String username, String email, String clientAddress) {
    }

    Firm newFirm() {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder body = new StringBuilder("9133010");
        String digits = String.format("%010d", n);
        for (char c : digits.toCharArray()) {
            body.append(CreditCode.ALPHABET.charAt((c - '0') + 10));
        }
        String first17 = body.toString();
        String code = first17 + CreditCode.checkCharacter(first17);
        return new Firm(code, "测试企业" + n + "有限公司", "firm" + n, "boss" + n + "@firm.example",
                "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256));
    }

    Map<String, String> signUpForm(Firm firm) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", firm.name());
        form.put("creditCode", firm.creditCode());
        form.put("sizeClass", "SMALL");
        form.put("contactName", "林经理");
        form.put("contactPhone", "13912345678");
        form.put("contactEmail", firm.email());
        form.put("username", firm.username());
        form.put("password", STRONG_PASSWORD);
        return form;
    }

    Reply signUp(Firm firm, Map<String, String> form) {
        return anonymousFrom(firm.clientAddress())
                .postForm("/api/portal/register", form, "licence", "licence.pdf", MediaType.APPLICATION_PDF, LICENCE_PDF);
    }

    /** Signs up, follows the mailed link: the administrator's account works. */
    Firm signedUpAndConfirmed() {
        Firm firm = newFirm();
        Reply signedUp = signUp(firm, signUpForm(firm));
        assertThat(signedUp.status()).as(signedUp.text()).isEqualTo(202);
        Reply confirmed = anonymousFrom(firm.clientAddress())
                .get("/api/portal/register/confirm?token=" + tokenMailedTo(firm.email()));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        return firm;
    }

    /** The firm's administrator files ent-a's standard complaint in its own name; answers the tracking number. */
    String fileComplaintAs(String username, Firm firm) {
        Map<String, Object> body = complaintWith("complainant.creditCode", firm.creditCode());
        Reply filed = as(username, STRONG_PASSWORD).post("/api/complaints", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    /** Delivers the outbox, then the one mail to this address that carries a link; its token. */
    String tokenMailedTo(String address) {
        List<String> bodies = mailsTo(address);
        assertThat(bodies).as("mails to %s", address).isNotEmpty();
        Matcher token = TOKEN.matcher(bodies.get(bodies.size() - 1));
        assertThat(token.find()).as("a link in the mail to %s: %s", address, bodies).isTrue();
        return token.group(1);
    }

    /** Delivers the outbox; the bodies of the mails this address received so far, oldest first. */
    List<String> mailsTo(String address) {
        dispatcher.dispatchDue();
        return TestMailServer.bodiesSentTo(address);
    }


    long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
