package org.bihuan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One GreenMail SMTP server per test JVM on a free port, shared by the one Spring context, so that
 * mail tests do not need a context of their own. Tests may stop and restart it to simulate an outage.
 */
public final class TestMailServer {

    private static GreenMail greenMail;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (greenMail == null) {
            port = freePort();
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return greenMail;
    }

    public static synchronized int port() {
        get();
        return port;
    }

    /** Simulates an SMTP outage: nothing listens on the port until {@link #restart()}. */
    public static synchronized void stop() {
        get().stop();
    }

    public static synchronized void restart() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text bodies of the mails this address has received so far, oldest first (CRLF as LF). */
    public static java.util.List<String> bodiesSentTo(String address) {
        return java.util.Arrays.stream(get().getReceivedMessages())
                .filter(message -> sentTo(message, address))
                .map(TestMailServer::text)
                .toList();
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://[^/\\s]+(/\\S*token=[A-Za-z0-9_-]+)");

    /**
     * The path (with its token) of the link in the latest mail with a link this address received, e.g. a sign-up's
     * confirmation or a set-password link; the caller delivers the outbox first.
     */
    public static String lastLinkSentTo(String address) {
        java.util.List<String> bodies = bodiesSentTo(address);
        for (int i = bodies.size() - 1; i >= 0; i--) {
            java.util.regex.Matcher link = LINK.matcher(bodies.get(i));
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no mail with a link to " + address + ": " + bodies);
    }

    private static boolean sentTo(jakarta.mail.internet.MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getRecipients(jakarta.mail.Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(jakarta.mail.internet.MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
