package org.bihuan.notification;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each person's notification preferences: the channels they chose are the ones a message is queued for, and with quiet
 * nights an SMS waits for the morning, except one about a deadline of the day. The clock is moved, never slept on.
 */
class NotificationPreferencesTest extends PostgresIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void atNightAnSmsWaitsForTheMorningButADeadlineOfTheDayGoesOutAtOnce() {
        String official = "night" + SEQUENCE.incrementAndGet();
        String phone = "139" + String.format("%08d", SEQUENCE.get());
        Recipient recipient = new Recipient(official, "Night Owl", null, phone);
        EngineClock.set(shanghai(2026, 3, 4, 23, 0));
        inTransaction(() -> preferences.save(official, new NotificationPreferences.Preference(true, true, true)));

        notify(recipient, "step.overdue", "TS2026-900001", shanghai(2026, 3, 4, 17, 30));
        notify(recipient, "step.warning", "TS2026-900002", shanghai(2026, 3, 6, 17, 30));
        notify(recipient, "step.warning", "TS2026-900003", shanghai(2026, 3, 4, 23, 59));
        dispatcher.dispatchDue();

        assertThat(smsTexts(phone)).as("at 23:00 only the deadline of the day").hasSize(1)
                .allSatisfy(text -> assertThat(text).contains("TS2026-900003"));
        assertThat(jdbc.sql("select next_attempt_at from notification where address = ? and status = 'PENDING' order by id")
                .param(phone).query(java.time.OffsetDateTime.class).list())
                .extracting(java.time.OffsetDateTime::toInstant)
                .containsOnly(shanghai(2026, 3, 5, 7, 0));
        assertThat(jdbc.sql("select max(attempts) from notification where address = ?").param(phone).query(Integer.class).single())
                .as("waiting is no failed attempt").isZero();

        EngineClock.set(shanghai(2026, 3, 5, 7, 0));
        dispatcher.dispatchDue();
        assertThat(smsTexts(phone)).as("in the morning the others").hasSize(3);
    }

    @Test
    void someoneWithoutQuietNightsGetsTheirSmsAtNight() {
        String official = "owl" + SEQUENCE.incrementAndGet();
        String phone = "138" + String.format("%08d", SEQUENCE.get());
        EngineClock.set(shanghai(2026, 3, 4, 2, 30));
        inTransaction(() -> preferences.save(official, new NotificationPreferences.Preference(true, true, false)));

        notify(new Recipient(official, "Awake", null, phone), "step.warning", "TS2026-900010", shanghai(2026, 3, 9, 17, 30));
        dispatcher.dispatchDue();

        assertThat(smsTexts(phone)).hasSize(1);
    }

    @Test
    void theChosenChannelsAreTheOnesAMessageIsQueuedForAndAnUnreachableChoiceFallsBackToTheOther() {
        String mailOnly = "mailer" + SEQUENCE.incrementAndGet();
        String smsOnlyWithoutPhone = "nophone" + SEQUENCE.incrementAndGet();
        EngineClock.set(shanghai(2026, 3, 4, 10, 0));
        inTransaction(() -> {
            preferences.save(mailOnly, new NotificationPreferences.Preference(true, false, true));
            preferences.save(smsOnlyWithoutPhone, new NotificationPreferences.Preference(false, true, true));
        });

        inTransaction(() -> notifications.send("complaint.accepted", Map.of("caseNo", "TS2026-900020", "title", "t",
                        "documentName", "受理通知书", "documentNo", "受〔2026〕900020号"),
                List.of(new Recipient(mailOnly, "M", mailOnly + "@x.example", "13900000000"),
                        new Recipient(smsOnlyWithoutPhone, "N", smsOnlyWithoutPhone + "@x.example", null)),
                "TS2026-900020/accepted"));

        assertThat(channelsOf(mailOnly)).containsExactly("MAIL");
        assertThat(channelsOf(smsOnlyWithoutPhone)).as("no phone: mail rather than nothing").containsExactly("MAIL");
        assertThatThrownBy(() -> inTransaction(() -> preferences.save(mailOnly, new NotificationPreferences.Preference(false, false, true))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("mail"));
        assertThat(preferences.of(mailOnly).mail()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notification.preferencesChanged' and subject_id = ?")
                .param(mailOnly).query(Long.class).single()).isEqualTo(1);
    }

    private void notify(Recipient recipient, String template, String caseNo, Instant due) {
        inTransaction(() -> notifications.send(template, Map.of("caseNo", caseNo, "title", "Late step", "stepName", "Handle",
                "due", due, "unitName", "Unit"), List.of(recipient), caseNo + "/" + template));
    }

    private List<String> smsTexts(String phone) {
        return jdbc.sql("select text from sms_log where phone = ? order by id").param(phone).query(String.class).list();
    }

    private List<String> channelsOf(String username) {
        return jdbc.sql("select channel from notification where recipient_username = ? order by channel").param(username)
                .query(String.class).list();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }
}
