package com.activationdesk.request;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The expiry job against a user acting on one of the requests it expires. A user's move locks the request's row,
 * then the audit chain's head. When the job expired all due requests in one transaction, it held the head from the
 * first request while it waited for the row of the next: a user holding that row then waited for the head, and
 * MariaDB had to kill one of them (deadlock). Now each request is its own transaction, so while the job waits for
 * a row it holds no head and the earlier requests are committed.
 */
@IntegrationTest
class InvitationExpiryLockOrderTest {

    @Autowired
    Tenants tenants;
    @Autowired
    RequestSteps steps;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void whileTheJobWaitsForARequestsRowItHoldsNoAuditHeadAndTheEarlierOnesAreDone() throws Exception {
        clock.set(MONDAY_0900);
        RequestDetails first = steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
        clock.advance(Duration.ofHours(1));
        RequestDetails second = steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
        clock.advance(Duration.ofHours(74));

        CountDownLatch rowLocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Threads of their own: the common pool has a single thread on a 2-core machine, and the user's task blocks it.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> user = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    jdbc.queryForList("SELECT id FROM activation_request WHERE id = ? FOR UPDATE", second.id());
                    rowLocked.countDown();
                    awaitQuietly(release);
                    status.setRollbackOnly();
                }), threads);
        assertThat(rowLocked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<String>> job = CompletableFuture.supplyAsync(tenants::expireDueInvitations, threads);
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(first))
                    .as("the first request is committed while the job waits for the second's row")
                    .isEqualTo("INVITATION_EXPIRED"));
            assertThat(job).as("the job waits for the row the user holds").isNotDone();
            assertThat(auditHeadFree()).as("and holds no lock on the audit chain's head meanwhile").isTrue();
        } finally {
            release.countDown();
            threads.shutdown();
        }
        user.get(30, TimeUnit.SECONDS);
        assertThat(job.get(60, TimeUnit.SECONDS)).contains(first.reference(), second.reference());
        assertThat(status(second)).isEqualTo("INVITATION_EXPIRED");
    }

    private String status(RequestDetails request) {
        return jdbc.queryForObject("SELECT status FROM activation_request WHERE id = ?", String.class, request.id());
    }

    /** Takes the head in a transaction of its own, waiting at most a second; false if someone else holds it. */
    private boolean auditHeadFree() {
        return Boolean.TRUE.equals(new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.execute("SET SESSION innodb_lock_wait_timeout = 1");
            try {
                jdbc.queryForList("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                return true;
            } catch (DataAccessException e) {
                return false;
            } finally {
                jdbc.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
                status.setRollbackOnly();
            }
        }));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
