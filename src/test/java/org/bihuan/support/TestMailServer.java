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
}
