package org.bihuan.notification;

import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console log (logback-spring.xml, the layout every appender uses) says about notifications:
 * which message went out and to whom, masked, but never a full number, mailbox or message text.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationLogMaskingTest extends PostgresIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Map<String, Object> REJECTED = Map.of(
            "caseNo", "TS2026-000007",
            "title", "杭州甲乙科技有限公司被拖欠货款",
            "reason", "该事项已由人民法院受理。",
            "documentName", "不予受理告知书",
            "documentNo", "不受〔2026〕1号");

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyOutbox() throws Exception {
        EngineClock.set(NOW);
        clearOutbox();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (!TestMailServer.get().isRunning()) {
            TestMailServer.restart();
        }
        EngineClock.reset();
        clearOutbox();
    }

    @Test
    void anSmsIsLoggedWithItsTemplateAndAMaskedNumberButNotItsText(CapturedOutput output) {
        notifications.send("complaint.rejected", REJECTED,
                List.of(new Recipient("danwei1", "王五", null, "13812345678")), "TS2026-000007/rejected");

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(output.getOut()).containsPattern("INFO .*SmsChannelSender +: SMS \\d+ \\(complaint.rejected\\) to 138\\*\\*\\*\\*5678");
        assertThat(output.getAll()).doesNotContain("13812345678").doesNotContain("人民法院").doesNotContain("杭州甲乙");
        assertThat(jdbc.sql("select phone from sms_log").query(String.class).single())
                .as("the stand-in gateway's table keeps what was sent").isEqualTo("13812345678");
    }

    @Test
    void aMailFailureIsLoggedWithAMaskedAddress(CapturedOutput output) {
        notifications.send("complaint.rejected", REJECTED,
                List.of(new Recipient("qiye1", "张三", "zhangsan@example.com", null)), "TS2026-000007/rejected");
        TestMailServer.stop();

        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(output.getOut()).containsPattern("WARN .*NotificationDispatcher +: Notification \\d+ \\(MAIL to z\\*\\*\\*@example.com\\) failed");
        assertThat(output.getAll()).doesNotContain("zhangsan@example.com");
    }

    private void clearOutbox() throws Exception {
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from sms_log").update();
        TestMailServer.get().purgeEmailFromAllMailboxes();
    }
}
