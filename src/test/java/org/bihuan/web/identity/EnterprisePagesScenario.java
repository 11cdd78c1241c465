package org.bihuan.web.identity;

import org.bihuan.identity.CreditCode;
import org.bihuan.notification.NotificationDispatcher;
import org.bihuan.support.BrowserScenario;
import org.bihuan.support.PageClient;
import org.bihuan.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprises that sign up through the pages, each with a credit code, names, e-mail and client address of its own
 * (the sign-up pages are rate-limited per address), and the links they are mailed, read from GreenMail after the
 * outbox is dispatched. User data is in Latin letters, so that an English page may hold no Han character at all.
 */
abstract class EnterprisePagesScenario extends BrowserScenario {

    static final String STRONG_PASSWORD = "Lantern-Harbour-42";
    static final byte[] LICENCE_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000) + 300_000);

    @Autowired
    NotificationDispatcher dispatcher;

    record Firm(String creditCode, String name, String contactName, String username, String email, String clientAddress) {
    }

    Firm newFirm() {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder body = new StringBuilder("9133010");
        for (char c : String.format("%010d", n).toCharArray()) {
            body.append(CreditCode.ALPHABET.charAt((c - '0') + 10));
        }
        String first17 = body.toString();
        return new Firm(first17 + CreditCode.checkCharacter(first17), "Harbour Lantern Trading " + n + " Ltd.", "Lin Mei",
                "page-firm" + n, "page-boss" + n + "@firm.example",
                "10.9." + (n / 256 % 256) + "." + (n % 256));
    }

    Map<String, String> signUpFields(Firm firm) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", firm.name());
        form.put("creditCode", firm.creditCode());
        form.put("sizeClass", "SMALL");
        form.put("contactName", firm.contactName());
        form.put("contactPhone", "13912345678");
        form.put("contactEmail", firm.email());
        form.put("username", firm.username());
        form.put("password", STRONG_PASSWORD);
        form.put("passwordRepeat", STRONG_PASSWORD);
        return form;
    }

    PageClient visitorOf(Firm firm) {
        return new PageClient(port).from(firm.clientAddress());
    }

    /** Signs up through the page and follows the mailed link: the administrator's account works. */
    Firm signedUpThroughThePages() {
        Firm firm = newFirm();
        PageClient visitor = visitorOf(firm);
        visitor.get(SignUpPages.REGISTER);
        PageClient.Page sent = visitor.postMultipart(SignUpPages.REGISTER, signUpFields(firm), "licence", "licence.pdf",
                "application/pdf", LICENCE_PDF);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(visitor.get(linkMailedTo(firm.email())).location()).endsWith(SignUpPages.CONFIRMED);
        return firm;
    }

    /** Delivers the outbox; the path (with its token) of the last link mailed to this address. */
    String linkMailedTo(String address) {
        dispatcher.dispatchDue();
        return TestMailServer.lastLinkSentTo(address);
    }

    List<String> mailsTo(String address) {
        dispatcher.dispatchDue();
        return TestMailServer.bodiesSentTo(address);
    }

}
