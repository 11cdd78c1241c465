package org.bihuan.casefile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

/**
 * Numbers of yearly series (TS2026-000001, 20260001, 督〔2026〕3号). A number is taken in a transaction of its
 * own, so the counter row is locked for a moment, not for the whole submission; no gap-free promise is
 * possible that way, so the register keeps every number: USED once the submission commits, VOID with the
 * reason when it rolls back.
 */
@Service
public class CaseNumbers {

    private static final Logger log = LoggerFactory.getLogger(CaseNumbers.class);
    /** Two first-of-year inserts can race; the loser retries in a fresh transaction and then simply updates. */
    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CaseNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes the next number of the series for the year, formatted from its sequence. Called inside the
     * transaction that uses it, the number is marked USED when that commits and VOID when it rolls back.
     */
    public String next(String series, int year, IntFunction<String> format) {
        for (int attempt = 1; ; attempt++) {
            try {
                Allocation allocation = ownTransaction.execute(status -> allocate(series, year, format));
                followOutcome(allocation, taken -> voidReason(taken.series(), taken.number(), "submission rolled back"));
                return allocation.number();
            } catch (DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Keeps a number given before this system (a case taken over from the office's old ledger): registers it and
     * moves the year's counter up to it, so the series goes on after it. Like {@link #next}, in a transaction of its
     * own; the number is USED when the caller's transaction commits and leaves the register when it rolls back (it
     * was never this system's). A counter moved up stays up: the numbers skipped are the old ledger's.
     *
     * @throws DuplicateKeyException when the number is registered already
     */
    public void keep(String series, int year, int sequence, String number) {
        Allocation allocation = ownTransaction.execute(status -> {
            int updated = jdbc.sql("""
                            update case_number_counter set last_value = case when last_value < ? then ? else last_value end
                            where series = ? and counter_year = ?""")
                    .params(sequence, sequence, series, year).update();
            if (updated == 0) {
                jdbc.sql("insert into case_number_counter (series, counter_year, last_value) values (?, ?, ?)")
                        .params(series, year, sequence).update();
            }
            jdbc.sql("insert into case_number (series, number_year, seq, number, allocated_at, status) values (?, ?, ?, ?, ?, 'ALLOCATED')")
                    .params(series, year, sequence, number, utc(clock.instant())).update();
            return new Allocation(series, number);
        });
        // it was never this system's: a rolled-back import takes it out of the register again
        followOutcome(allocation, kept -> ownTransaction.executeWithoutResult(s -> release(kept.series(), kept.number())));
    }

    /** Whether the number is in the series' register, whatever its state. */
    public boolean isRegistered(String series, String number) {
        return jdbc.sql("select count(*) from case_number where series = ? and number = ?").params(series, number)
                .query(Integer.class).single() > 0;
    }

    /** Takes a number kept from the old ledger ({@link #keep}) out of the register again: its import was undone. */
    public void release(String series, String number) {
        jdbc.sql("delete from case_number where series = ? and number = ?").params(series, number).update();
    }

    /** A used number whose case was removed (an import undone) stays in the register as VOID, with the reason. */
    public void withdraw(String series, String number, String reason) {
        jdbc.sql("update case_number set status = 'VOID', void_reason = ? where series = ? and number = ?")
                .params(truncate(reason), series, number).update();
    }

    /** Why a number was not used, for the register; the first reason given wins. */
    public void voidReason(String series, String number, String reason) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        update case_number set status = 'VOID', void_reason = coalesce(void_reason, ?)
                        where series = ? and number = ? and status <> 'USED'""")
                .params(truncate(reason), series, number).update());
    }

    public List<RegisteredNumber> register(String series, int year) {
        return jdbc.sql("select * from case_number where series = ? and number_year = ? order by seq")
                .params(series, year)
                .query((rs, i) -> new RegisteredNumber(rs.getString("series"), rs.getInt("number_year"), rs.getInt("seq"),
                        rs.getString("number"), instant(rs, "allocated_at"), rs.getString("status"), rs.getString("void_reason")))
                .list();
    }

    private Allocation allocate(String series, int year, IntFunction<String> format) {
        int updated = jdbc.sql("update case_number_counter set last_value = last_value + 1 where series = ? and counter_year = ?")
                .params(series, year).update();
        int seq;
        if (updated == 0) {
            jdbc.sql("insert into case_number_counter (series, counter_year, last_value) values (?, ?, 1)").params(series, year).update();
            seq = 1;
        } else {
            seq = jdbc.sql("select last_value from case_number_counter where series = ? and counter_year = ?")
                    .params(series, year).query(Integer.class).single();
        }
        String number = format.apply(seq);
        jdbc.sql("insert into case_number (series, number_year, seq, number, allocated_at, status) values (?, ?, ?, ?, ?, 'ALLOCATED')")
                .params(series, year, seq, number, utc(clock.instant())).update();
        return new Allocation(series, number);
    }

    /** USED when the caller's transaction commits; {@code rolledBack} when it does not (in no transaction). */
    private void followOutcome(Allocation allocation, Consumer<Allocation> rolledBack) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            markUsed(allocation);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                jdbc.sql("update case_number set status = 'USED', void_reason = null where series = ? and number = ?")
                        .params(allocation.series(), allocation.number()).update();
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        rolledBack.accept(allocation);
                    } catch (RuntimeException e) {
                        log.warn("number {} could not be accounted for after the rollback: {}", allocation.number(), e.toString());
                    }
                }
            }
        });
    }

    private void markUsed(Allocation allocation) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("update case_number set status = 'USED' where series = ? and number = ?")
                .params(allocation.series(), allocation.number()).update());
    }

    private static String truncate(String reason) {
        String text = reason == null ? "unknown" : reason;
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    private record Allocation(String series, String number) {
    }

    /** One line of the register. */
    public record RegisteredNumber(String series, int year, int seq, String number, java.time.Instant allocatedAt,
                                   String status, String voidReason) {
    }
}
