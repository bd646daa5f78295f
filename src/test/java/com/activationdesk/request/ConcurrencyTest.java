package com.activationdesk.request;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.ScreeningAudit;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people acting on the same request version at once: one wins, the other is told "changed meanwhile" and
 * nothing of theirs is written. First on the bare entity (two real MariaDB transactions), then through the
 * service, repeated so that both orders of arrival occur.
 */
@IntegrationTest
class ConcurrencyTest {

    @Autowired
    RequestService service;
    @Autowired
    ActivationRequestRepository requests;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        clock.set(MONDAY_0900);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void twoTransactionsOnTheSameVersionOneCommitsTheOtherFailsOptimistically() throws Exception {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails inReview = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), draft.version()));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        List<Long> loadedVersions = new CopyOnWriteArrayList<>();

        Callable<Void> writerA = () -> tx.execute(status -> write(draft.id(), "written by A", bothLoaded, loadedVersions));
        Callable<Void> writerB = () -> tx.execute(status -> write(draft.id(), "written by B", bothLoaded, loadedVersions));
        List<Outcome<Void>> outcomes = runTogether(writerA, writerB);

        // both really read the same version before either wrote
        assertThat(loadedVersions).containsExactly(inReview.version(), inReview.version());
        assertThat(outcomes).filteredOn(o -> o.error == null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.error != null).singleElement()
                .satisfies(o -> assertThat(o.error).isInstanceOf(OptimisticLockingFailureException.class));

        String winner = outcomes.get(0).error == null ? "written by A" : "written by B";
        assertThat(jdbc.queryForObject("SELECT last_comment FROM activation_request WHERE id = ?", String.class,
                draft.id())).isEqualTo(winner);
        assertThat(jdbc.queryForObject("SELECT version FROM activation_request WHERE id = ?", Long.class, draft.id()))
                .isEqualTo(inReview.version() + 1);
    }

    @RepeatedTest(4)
    void camReturningAndForwardingAtOnceOneWinsTheOtherIsToldToReload() throws Exception {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails inReview = runAs.as(NORDLICHT_USER1, () -> service.submit(draft.id(), draft.version()));
        CyclicBarrier start = new CyclicBarrier(2);

        List<Outcome<RequestDetails>> outcomes = runTogether(
                () -> runAs.as(CAM1, () -> {
                    await(start);
                    return service.returnToPartner(inReview.id(), inReview.version(), "VAT number incomplete");
                }),
                () -> runAs.as(CAM1, () -> {
                    await(start);
                    return service.forwardToCloudOps(inReview.id(), inReview.version(), new ForwardChecklist(true, true), null);
                }));

        Outcome<RequestDetails> winner = exactlyOneWinner(outcomes);
        RequestStatus expected = winner == outcomes.get(0) ? RequestStatus.RETURNED : RequestStatus.AT_CLOUD_OPS;
        String expectedAction = winner == outcomes.get(0) ? "RETURN" : "FORWARD_TO_CLOUD_OPS";
        assertThat(winner.value.status()).isEqualTo(expected);
        assertThat(runAs.as(CAM1, () -> service.get(inReview.id())).status()).isEqualTo(expected);

        List<AuditEntryView> timeline = auditTrail.timeline(inReview.id());
        assertThat(timeline).extracting(AuditEntryView::action)
                .containsExactly("CREATE", "SUBMIT", ScreeningAudit.SCREENING, expectedAction);
        assertThat(timeline.getLast().fromStatus()).isEqualTo("IN_REVIEW");
        assertThat(timeline.getLast().toStatus()).isEqualTo(expected.name());
    }

    @RepeatedTest(4)
    void twoPartnerUsersSavingTheSameDraftOneWinsTheOtherIsToldToReload() throws Exception {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestForm byUser1 = TestRequest.of(draft.data()).with("city", "Hamburg").form();
        RequestForm byUser2 = TestRequest.of(draft.data()).with("city", "Bremen").form();
        CyclicBarrier start = new CyclicBarrier(2);

        List<Outcome<RequestDetails>> outcomes = runTogether(
                () -> runAs.as(NORDLICHT_USER1, () -> {
                    await(start);
                    return service.saveDraft(draft.id(), draft.version(), byUser1);
                }),
                () -> runAs.as(NORDLICHT_USER2, () -> {
                    await(start);
                    return service.saveDraft(draft.id(), draft.version(), byUser2);
                }));

        Outcome<RequestDetails> winner = exactlyOneWinner(outcomes);
        String city = winner == outcomes.get(0) ? "Hamburg" : "Bremen";
        String editor = winner == outcomes.get(0) ? NORDLICHT_USER1 : NORDLICHT_USER2;
        assertThat(runAs.as(NORDLICHT_USER1, () -> service.get(draft.id())).data().company().city()).isEqualTo(city);

        List<AuditEntryView> edits = auditTrail.timeline(draft.id()).stream()
                .filter(e -> e.action().equals("EDIT")).toList();
        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.actor().email()).isEqualTo(editor);
            assertThat(edit.changes()).extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                    .containsExactly("city: " + draft.data().company().city() + " -> " + city);
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** What one thread got: its value, or the exception it threw (unwrapped). */
    static final class Outcome<T> {
        T value;
        Throwable error;
    }

    /** Loads, waits until the other transaction has loaded the same row too, then changes and flushes. */
    private Void write(long id, String comment, CyclicBarrier bothLoaded, List<Long> loadedVersions) {
        ActivationRequest request = requests.findById(id).orElseThrow();
        loadedVersions.add(request.getVersion());
        await(bothLoaded);
        request.returnToPartner(Actor.CAM, comment, clock.instant());
        requests.saveAndFlush(request);
        return null;
    }

    private <T> List<Outcome<T>> runTogether(Callable<T> first, Callable<T> second) throws InterruptedException {
        List<Future<T>> futures = List.of(pool.submit(first), pool.submit(second));
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> future : futures) {
            Outcome<T> outcome = new Outcome<>();
            try {
                outcome.value = future.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                outcome.error = e.getCause();
            } catch (TimeoutException e) {
                throw new AssertionError("a writer hung (lock wait?)", e);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private static <T> Outcome<T> exactlyOneWinner(List<Outcome<T>> outcomes) {
        assertThat(outcomes).filteredOn(o -> o.error == null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.error != null).singleElement().satisfies(o -> {
            assertThat(o.error).isInstanceOf(ConcurrentChangeException.class);
            assertThat(((ConcurrentChangeException) o.error).getMessageKey()).isEqualTo("error.changed-meanwhile");
        });
        return outcomes.stream().filter(o -> o.error == null).findFirst().orElseThrow();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other thread did not arrive", e);
        }
    }
}
