package com.activationdesk.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background re-screen and users screening at the same time on the real database (issue 13, item 4): partners
 * submitting (request row, audit chain head, then evidence), a CAM/DAM deciding matches and opening the forward
 * dialog, while the re-screen writes evidence for every open request. Every path takes the request row first and
 * the audit chain head before any evidence row (docs/screening.md, "Lock order"), so none of them deadlocks: no
 * MariaDB error 1213 reaches a user, and the re-screen needs no retry.
 */
@IntegrationTest
class RescreenLockOrderTest {

    private static final int REQUESTS = 12;
    private static final int ROUNDS = 3;

    @Autowired
    Rescreening rescreening;
    @Autowired
    RequestScreening screening;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    RequestSteps steps;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReScreenAndConcurrentUserScreeningsDoNotDeadlock() throws Exception {
        clock.set(MONDAY_0900);
        // every test request's administrator is "Erika Mustermann": each screening writes a match row
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("811", "Erika Mustermann"))));
        ScreeningFiles.awaitListUpdate(jdbc);
        List<RequestDetails> open = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            open.add(steps.submitted(NORDLICHT_USER1));
        }
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("811", "Erika Mustermann")
                + euEntity("812", "Kestrel Avionics"))));
        ScreeningFiles.awaitListUpdate(jdbc);
        long screeningsBefore = count("SELECT COUNT(*) FROM request_screening WHERE occasion = 'LIST_UPDATE'");

        ListAppender<ILoggingEvent> retries = captureWarnings();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CompletableFuture<Integer> background = CompletableFuture.supplyAsync(() -> {
                int targets = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    List<ScreenedRequests.RescreenTarget> all = rescreening.targets();
                    rescreening.rescreen(all, done -> { });
                    targets += all.size();
                }
                return targets;
            }, threads);
            CompletableFuture<Void> partner = CompletableFuture.runAsync(() -> {
                while (!background.isDone()) {
                    attempt(failures, () -> steps.submitted(NORDLICHT_USER1));
                }
            }, threads);
            CompletableFuture<Void> manager = CompletableFuture.runAsync(() -> {
                while (!background.isDone()) {
                    for (RequestDetails request : open) {
                        attempt(failures, () -> runAs.as(CAM1, () -> screening.forwardCheck(request.id())));
                        attempt(failures, () -> runAs.run(CAM1, () -> decideFirstUndecided(request.id())));
                    }
                }
            }, threads);
            int rescreened = background.get(5, TimeUnit.MINUTES);
            partner.get(1, TimeUnit.MINUTES);
            manager.get(1, TimeUnit.MINUTES);

            assertThat(failures).isEmpty();
            assertThat(retries.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
            assertThat(rescreened).isGreaterThanOrEqualTo(ROUNDS * REQUESTS);
            assertThat(count("SELECT COUNT(*) FROM request_screening WHERE occasion = 'LIST_UPDATE'"))
                    .isEqualTo(screeningsBefore + rescreened);
        } finally {
            threads.shutdownNow();
            ((Logger) LoggerFactory.getLogger(Rescreening.class)).detachAppender(retries);
        }
    }

    /** A refusal the user would see (the match was re-screened meanwhile) is fine; a database error is not. */
    private static void attempt(List<Throwable> failures, Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            // e.g. screening.match-not-current: a re-screen replaced the match the CAM/DAM looked at
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private void decideFirstUndecided(long requestId) {
        screening.results(requestId).stream().filter(match -> !match.decided()).findFirst().ifPresent(match ->
                screening.decide(requestId, match.id(), MatchDecision.NO_MATCH, "Other person, checked by phone"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static ListAppender<ILoggingEvent> captureWarnings() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger(Rescreening.class);
        logger.addAppender(appender);
        return appender;
    }
}
