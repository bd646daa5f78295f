package com.activationdesk.screening;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.screening.ListUpdateStatus.Phase;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The progress of a list update lives in the database: what another instance writes while it re-screens is what
 * the admin sees here, although this instance runs nothing.
 */
@IntegrationTest
class ListUpdateProgressTest {

    @Autowired
    ListUpdates updates;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    RequestSteps steps;
    @Autowired
    Rescreening rescreening;
    @Autowired
    CurrentUser currentUser;

    @Test
    void theProgressOfAnUpdateOnAnotherInstanceIsSeenHere() {
        ListImportResult imported = sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("901", "Lyra Dynamics"))));
        awaitListUpdate(jdbc);
        // another instance: its own writer over the same database, and this instance's ListUpdates is idle
        ListUpdateLog otherInstance = new ListUpdateLog(jdbc, clock);
        ListUpdateStatus started = ListUpdateStatus.importing("EU_FSF_XML", "https://lists.example/eu.xml",
                Instant.parse("2026-12-07T08:00:00Z"));
        long id = otherInstance.start(started);
        assertThat(status().phase()).isEqualTo(Phase.IMPORTING);
        assertThat(status().origin()).isEqualTo("https://lists.example/eu.xml");

        otherInstance.save(id, started.imported(imported, 40).progress(20));
        ListUpdateStatus seen = status();
        assertThat(seen.phase()).isEqualTo(Phase.RESCREENING);
        assertThat(seen.running()).isTrue();
        assertThat(seen.rescreened()).isEqualTo(20);
        assertThat(seen.toRescreen()).isEqualTo(40);
        assertThat(seen.result()).isEqualTo(imported);

        otherInstance.save(id, started.imported(imported, 40).done(2));
        assertThat(status().phase()).isEqualTo(Phase.DONE);
        assertThat(status().rescreened()).isEqualTo(40);
        assertThat(status().newTenantAlerts()).isEqualTo(2);
    }

    @Test
    void aRefusalIsShownWithItsArgumentsTyped() {
        ListUpdateLog otherInstance = new ListUpdateLog(jdbc, clock);
        otherInstance.start(ListUpdateStatus.importing("UN_XML", "un.xml", Instant.parse("2026-12-07T09:00:00Z"))
                .failed("screening.import.too-large", "UN_XML", 150L));
        ListUpdateStatus failed = status();
        assertThat(failed.phase()).isEqualTo(Phase.FAILED);
        assertThat(failed.errorArguments()).containsExactly("UN_XML", 150L);
        // {1,number,#} needs a number back from the database, not its text
        assertThat(messages.getMessage(failed.errorKey(), failed.errorArguments().toArray(), Locale.ENGLISH))
                .isEqualTo("The UN_XML file is larger than 150 MB; the previous version stays active.");
        assertThat(ListUpdateLog.arguments(ListUpdateLog.arguments(List.of(3, 2.5, "a\u001Fb"))))
                .containsExactly(3L, new java.math.BigDecimal("2.5"), "a b");
    }

    @Test
    void anUpdateSilentForLongerThanItsHeartbeatReadsAsInterruptedAndItsReScreeningCanBeResumed() {
        clock.set(Instant.parse("2026-12-08T09:00:00Z"));
        ListImportResult imported = sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("902", "Orion Vektor"))));
        awaitListUpdate(jdbc);
        long open = steps.submitted(NORDLICHT_USER1).id();
        // an instance that crashed while re-screening: its row stays RESCREENING, its heartbeat stops
        ListUpdateLog crashedInstance = new ListUpdateLog(jdbc, clock);
        ListUpdateStatus rescreening = ListUpdateStatus.importing("EU_FSF_XML", "https://lists.example/eu.xml",
                clock.instant()).imported(imported, 40).progress(10);
        long crashed = crashedInstance.start(rescreening);

        clock.advance(ListUpdateLog.SILENCE.minusSeconds(1));
        assertThat(status().phase()).isEqualTo(Phase.RESCREENING);
        clock.advance(Duration.ofSeconds(2));
        ListUpdateStatus seen = status();
        assertThat(seen.phase()).isEqualTo(Phase.INTERRUPTED);
        assertThat(seen.running()).isFalse();
        assertThat(seen.resumable()).isTrue();
        assertThat(seen.rescreened()).isEqualTo(10);
        assertThat(seen.toRescreen()).isEqualTo(40);
        assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> {
            updates.resumeInterrupted();
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        runAs.as(VENDOR_ADMIN, () -> {
            updates.resumeInterrupted();
            return null;
        });
        crashedInstance.save(crashed, rescreening.interrupted()); // only so that awaitListUpdate sees no running row
        awaitListUpdate(jdbc);
        ListUpdateStatus resumed = status();
        assertThat(resumed.phase()).isEqualTo(Phase.DONE);
        assertThat(resumed.result()).isEqualTo(imported);
        assertThat(resumed.toRescreen()).isPositive();
        assertThat(jdbc.sql("SELECT occasion FROM request_screening WHERE request_id = ? ORDER BY id DESC LIMIT 1")
                .param(open).query(String.class).single()).isEqualTo(Rescreening.OCCASION);
        assertThatThrownBy(() -> runAs.as(VENDOR_ADMIN, () -> {
            updates.resumeInterrupted();
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("screening.update.not-resumable");
    }

    @Test
    void aShutdownRecordsTheRunningUpdateAsInterruptedAndNothingTheWorkerDoesAfterChangesThat() throws Exception {
        ListUpdates instance = new ListUpdates(sanctions, rescreening, currentUser, jdbc, clock,
                new ListUpdateLog(jdbc, clock));
        PipedOutputStream file = new PipedOutputStream();
        PipedInputStream content = new PipedInputStream(file);
        file.write(euFile(euEntity("903", "Vela Systems")).substring(0, 120).getBytes(StandardCharsets.UTF_8));
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try {
            // the import reads the start of the file, then waits for the rest
            Future<ListUpdateStatus> running = importer.submit(() -> instance.runNow(ListFormat.EU_FSF_XML,
                    "eu-slow.xml", content, VENDOR_ADMIN));
            await().atMost(Duration.ofMinutes(1)).until(() -> status().running()
                    && "eu-slow.xml".equals(status().origin()));

            instance.stop();
            ListUpdateStatus stopped = status();
            assertThat(stopped.phase()).isEqualTo(Phase.INTERRUPTED);
            assertThat(stopped.resumable()).as("an interrupted import changed nothing").isFalse();

            file.close(); // the import now meets a truncated file and is refused
            running.get(1, TimeUnit.MINUTES);
            assertThat(status().phase()).isEqualTo(Phase.INTERRUPTED);
            assertThat(status().errorKey()).isNull();
        } finally {
            importer.shutdownNow();
        }
    }

    private ListUpdateStatus status() {
        return runAs.as(VENDOR_ADMIN, () -> updates.status());
    }
}
