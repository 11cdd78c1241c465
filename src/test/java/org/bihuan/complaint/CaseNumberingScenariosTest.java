package org.bihuan.complaint;

import org.bihuan.casefile.CaseNumbers;
import org.bihuan.casefile.CaseNumbers.RegisteredNumber;
import org.bihuan.support.EngineClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Case numbers: taken in a short transaction of their own, and every number accounted for in the register. */
class CaseNumberingScenariosTest extends ComplaintScenario {

    @Autowired
    CaseNumbers numbers;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSubmissionStillRunningDoesNotMakeTheNextSubmissionWaitForItsNumber() throws Exception {
        EngineClock.set(at(2031, 3, 3, 9, 0));
        TransactionTemplate slowSubmission = new TransactionTemplate(transactions);
        slowSubmission.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CountDownLatch firstHasItsNumber = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> slowSubmission.execute(status -> {
                String caseNo = submitComplaint();
                firstHasItsNumber.countDown();
                await(secondIsDone);
                return caseNo;
            }));
            assertThat(firstHasItsNumber.await(60, TimeUnit.SECONDS)).isTrue();
            // the first submission's transaction is still open; before, its counter lock made this one wait until it ended
            Future<String> second = pool.submit(this::submitComplaint);
            String secondNo = CompletableFuture.supplyAsync(() -> get(second)).get(30, TimeUnit.SECONDS);
            secondIsDone.countDown();
            String firstNo = first.get(60, TimeUnit.SECONDS);

            assertThat(List.of(firstNo, secondNo)).containsExactly("TS2031-000001", "TS2031-000002");
            assertThat(numbers.register("TS", 2031)).extracting(RegisteredNumber::number, RegisteredNumber::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TS2031-000001", "USED"),
                            org.assertj.core.groups.Tuple.tuple("TS2031-000002", "USED"));
        } finally {
            secondIsDone.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aSubmissionThatFailsAfterTakingItsNumberLeavesTheNumberVoidWithTheReason() {
        EngineClock.set(at(2032, 3, 2, 9, 0));
        String tooLong = "合".repeat(101);
        ComplaintRequest request = request(false);
        ComplaintRequest broken = new ComplaintRequest(request.complainant(), request.respondent(), request.amountOwed(), tooLong,
                request.contractDate(), request.paymentDueDate(), request.description(), request.inLitigation());

        assertThatThrownBy(() -> complaints.submit(user("ent-a"), broken)).isInstanceOf(RuntimeException.class);
        String next = submitComplaint();

        assertThat(next).isEqualTo("TS2032-000002");
        assertThat(caseFiles.find("TS2032-000001")).isEmpty();
        List<RegisteredNumber> register = numbers.register("TS", 2032);
        assertThat(register).extracting(RegisteredNumber::number, RegisteredNumber::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TS2032-000001", "VOID"),
                        org.assertj.core.groups.Tuple.tuple("TS2032-000002", "USED"));
        assertThat(register.get(0).voidReason()).contains("too long");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
