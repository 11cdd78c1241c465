package org.bihuan.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationDeliveryTest extends PostgresIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Recipient ENTERPRISE = new Recipient("qiye1", "张三", "zhangsan@example.com", null);
    private static final Map<String, Object> REJECTED = Map.of(
            "caseNo", "TS2026-000001",
            "title", "某局拖欠货款",
            "reason", "该事项已由人民法院受理。",
            "documentName", "不予受理告知书",
            "documentNo", "不受〔2026〕1号");

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    NotificationProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    WebApplicationContext web;

    @BeforeEach
    void startWithAnEmptyOutbox() throws Exception {
        EngineClock.set(NOW);
        // the table is shared by the suite: rows that earlier tests left behind would be dispatched here
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
    void aNotificationOfAStepThatRollsBackLeavesNoRowAndSendsNoMail() {
        long rowsInsideTheStep = new TransactionTemplate(transactionManager).execute(step -> {
            notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
            step.setRollbackOnly();
            return countRows();
        });

        assertThat(rowsInsideTheStep).isEqualTo(1);
        assertThat(countRows()).isZero();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(TestMailServer.get().getReceivedMessages()).isEmpty();
    }

    @Test
    void aCommittedNotificationArrivesWithItsChineseSubjectAndBody() throws Exception {
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");

        assertThat(TestMailServer.get().getReceivedMessages()).as("nothing is sent before dispatch").isEmpty();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        MimeMessage mail = TestMailServer.get().getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("投诉不予受理（TS2026-000001）");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n").strip()).isEqualTo("""
                您提交的投诉“某局拖欠货款”（编号TS2026-000001）经审查，决定不予受理，不予受理告知书（不受〔2026〕1号）可登录系统查看、下载。
                不予受理的理由：该事项已由人民法院受理。""");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("zhangsan@example.com");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("张三");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(properties.from());
        OutboxRow row = onlyRow();
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.sentAt()).isEqualTo(NOW);
        assertThat(dispatcher.dispatchDue()).as("a sent message is not sent again").isZero();
    }

    @Test
    void theSameIdempotencyKeyTwiceSendsOneMail() {
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
        new TransactionTemplate(transactionManager).executeWithoutResult(replayedStep -> {
            notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
            notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE, ENTERPRISE), "TS2026-000001/rejected");
        });

        assertThat(countRows()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
        assertThat(dispatcher.dispatchDue()).as("not even after the first one was sent").isZero();
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(1);
    }

    @Test
    void aDifferentKeyOrAnotherRecipientIsANewNotification() {
        Recipient colleague = new Recipient("qiye2", "李四", "lisi@example.com", null);
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE, colleague), "TS2026-000001/rejected#2");

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(3);
    }

    @Test
    void aMessageAnotherNodeHasLockedIsSkippedNotWaitedFor() throws Exception {
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(claim -> {
                    jdbc.sql("select id from notification for update").query(Long.class).list();
                    locked.countDown();
                    awaitQuietly(release);
                    claim.setRollbackOnly();
                }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            int sentWhileLocked = assertTimeoutPreemptively(Duration.ofSeconds(10), dispatcher::dispatchDue);
            assertThat(sentWhileLocked).isZero();
        } finally {
            release.countDown();
            otherNode.get(10, TimeUnit.SECONDS);
        }

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(1);
    }

    @Test
    void duringAnSmtpOutageTheMessageWaitsAndGoesOutOnceAfterTheBackOff() {
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
        TestMailServer.stop();

        assertThat(dispatcher.dispatchDue()).isZero();

        OutboxRow failed = onlyRow();
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plus(properties.firstRetryDelay()));
        assertThat(failed.lastError()).isNotBlank();

        TestMailServer.restart();
        EngineClock.set(failed.nextAttemptAt().minusSeconds(1));
        assertThat(dispatcher.dispatchDue()).as("not before the back-off").isZero();

        EngineClock.set(failed.nextAttemptAt());
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(1);
        assertThat(onlyRow().status()).isEqualTo("SENT");
    }

    @Test
    void afterMaxAttemptsTheMessageIsDeadAndAnAdministratorCanRetryIt() throws Exception {
        notifications.send("complaint.rejected", REJECTED, List.of(ENTERPRISE), "TS2026-000001/rejected");
        TestMailServer.stop();

        Instant attemptAt = NOW;
        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            EngineClock.set(attemptAt);
            assertThat(dispatcher.dispatchDue()).isZero();
            OutboxRow row = onlyRow();
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).isEqualTo(attempt);
            assertThat(Duration.between(attemptAt, row.nextAttemptAt()))
                    .isEqualTo(properties.firstRetryDelay().multipliedBy(1L << (attempt - 1)));
            attemptAt = row.nextAttemptAt();
        }
        EngineClock.set(attemptAt);
        assertThat(dispatcher.dispatchDue()).isZero();

        OutboxRow dead = onlyRow();
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.attempts()).isEqualTo(properties.maxAttempts());
        EngineClock.set(attemptAt.plus(Duration.ofDays(30)));
        assertThat(dispatcher.dispatchDue()).as("a dead letter is not retried by itself").isZero();

        MockMvc mvc = adminApi();
        mvc.perform(get("/api/admin/notifications").param("status", "DEAD").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(dead.id()))
                .andExpect(jsonPath("$[0].subject").value("投诉不予受理（TS2026-000001）"))
                .andExpect(jsonPath("$[0].attempts").value(properties.maxAttempts()))
                .andExpect(jsonPath("$[0].lastError").isNotEmpty());
        mvc.perform(post("/api/admin/notifications/{id}/retry", dead.id()).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isNoContent());

        OutboxRow retried = onlyRow();
        assertThat(retried.status()).isEqualTo("PENDING");
        assertThat(retried.attempts()).isZero();
        TestMailServer.restart();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(1);

        mvc.perform(post("/api/admin/notifications/{id}/retry", dead.id()).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void retryingAnUnknownNotificationIsNotFound() throws Exception {
        adminApi().perform(post("/api/admin/notifications/{id}/retry", Long.MAX_VALUE)
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theAdministratorSeesTheLatestRowsOfAStatusFirst() throws Exception {
        notifications.send("complaint.accepted", Map.of("caseNo", "TS2026-000001", "title", "甲",
                        "documentName", "受理通知书", "documentNo", "受〔2026〕1号"),
                List.of(ENTERPRISE), "TS2026-000001/accepted");
        EngineClock.set(NOW.plusSeconds(60));
        notifications.send("complaint.accepted", Map.of("caseNo", "TS2026-000002", "title", "乙",
                        "documentName", "受理通知书", "documentNo", "受〔2026〕2号"),
                List.of(ENTERPRISE), "TS2026-000002/accepted");

        adminApi().perform(get("/api/admin/notifications").param("status", "PENDING").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].subject").value("投诉已受理（TS2026-000002）"))
                .andExpect(jsonPath("$[1].subject").value("投诉已受理（TS2026-000001）"));
        adminApi().perform(get("/api/admin/notifications").param("status", "SENT").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aRecipientWithAPhoneGetsAnSmsWithTheBodyInTheSmsLog() {
        Recipient unitClerk = new Recipient("danwei1", "王五", null, "13800000000");
        Recipient both = new Recipient("qiye1", "张三", "zhangsan@example.com", "13900000000");

        notifications.send("complaint.rejected", REJECTED, List.of(unitClerk, both), "TS2026-000001/rejected");

        assertThat(jdbc.sql("select recipient_username || ' ' || channel from notification")
                .query(String.class).list()).containsExactlyInAnyOrder("danwei1 SMS", "qiye1 MAIL", "qiye1 SMS");
        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(jdbc.sql("select phone from sms_log order by phone").query(String.class).list())
                .containsExactly("13800000000", "13900000000");
        assertThat(jdbc.sql("select text from sms_log where phone = '13800000000'").query(String.class).single())
                .isEqualTo("""
                        您提交的投诉“某局拖欠货款”（编号TS2026-000001）经审查，决定不予受理，不予受理告知书（不受〔2026〕1号）可登录系统查看、下载。
                        不予受理的理由：该事项已由人民法院受理。""");
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(1);
    }

    @Test
    void anUnknownTemplateFailsTheStepAndQueuesNothing() {
        assertThatThrownBy(() -> notifications.send("complaint.nonsense", REJECTED, List.of(ENTERPRISE), "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complaint.nonsense");
        assertThat(countRows()).isZero();
    }

    @Test
    void aMissingParameterFailsTheStepAndQueuesNothing() {
        Map<String, Object> withoutReason = Map.of("caseNo", "TS2026-000001", "title", "某局拖欠货款");

        assertThatThrownBy(() -> notifications.send("complaint.rejected", withoutReason, List.of(ENTERPRISE), "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThat(countRows()).isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MockMvc adminApi() {
        return MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    private long countRows() {
        return jdbc.sql("select count(*) from notification").query(Long.class).single();
    }

    private OutboxRow onlyRow() {
        return jdbc.sql("select id, status, attempts, next_attempt_at, sent_at, last_error from notification")
                .query((rs, rowNum) -> new OutboxRow(
                        rs.getLong("id"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("sent_at", OffsetDateTime.class) == null
                                ? null : rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                        rs.getString("last_error")))
                .single();
    }

    private void clearOutbox() throws Exception {
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from sms_log").update();
        TestMailServer.get().purgeEmailFromAllMailboxes();
    }

    private record OutboxRow(long id, String status, int attempts, Instant nextAttemptAt, Instant sentAt,
                             String lastError) {
    }
}
