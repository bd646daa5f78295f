package com.activationdesk.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.screening.ScreenedRequests.RescreenTarget;
import com.activationdesk.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * List updates as a whole: import a file (all or nothing, see {@link SanctionsScreening#importList}), then
 * re-screen every open request and activated tenant against the new version. An admin's upload runs on a worker
 * thread of its own while the view polls {@link #status()}; the scheduled URL fetch runs it on the scheduler's
 * thread. One update at a time per instance; the importer's row lock serialises instances. The state of the update
 * is written to the database as it moves on ({@link ListUpdateLog}), so the admin view on any instance shows it.
 */
@Service
public class ListUpdates {

    private static final Logger log = LoggerFactory.getLogger(ListUpdates.class);
    private static final int HISTORY_ROWS = 200;
    /** The origin shown for an import through the contract, which has no file name or URL. */
    static final String CONTRACT_ORIGIN = "SanctionsScreening.importList";
    /** Re-screened requests between two progress writes: a visible bar, not a write per request. */
    static final int PROGRESS_EVERY = 10;

    private final SanctionsScreening sanctions;
    private final Rescreening rescreening;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("screening-list-update").daemon().factory());
    /** This instance's running or latest update, as it moves on; {@link #status()} reads the database's. */
    private final AtomicReference<ListUpdateStatus> status = new AtomicReference<>(ListUpdateStatus.IDLE);
    private final ListUpdateLog updateLog;
    /** The database row of this instance's running or latest update. */
    private volatile long updateId;

    ListUpdates(SanctionsScreening sanctions, Rescreening rescreening, CurrentUser currentUser, JdbcClient jdbc,
                Clock clock, ListUpdateLog updateLog) {
        this.updateLog = updateLog;
        this.sanctions = sanctions;
        this.rescreening = rescreening;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The running or latest update, whichever instance runs or ran it. */
    @PreAuthorize("hasRole('ADMIN')")
    public ListUpdateStatus status() {
        return updateLog.latest().orElse(ListUpdateStatus.IDLE);
    }

    /**
     * Starts importing an uploaded file as the new version of the format's list, then the re-screening; returns at
     * once. The file is deleted when the worker is done with it.
     *
     * @throws DomainException {@code screening.update.busy} while another update runs
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void startUpload(ListFormat format, String fileName, Path file) {
        String importedBy = currentUser.require().email();
        begin(format, fileName);
        worker.execute(() -> {
            try (InputStream content = Files.newInputStream(file)) {
                run(format, content, importedBy);
            } catch (IOException e) {
                move(s -> s.failed("screening.import.unreadable", format.name(), e.getMessage()));
            } finally {
                delete(file);
            }
        });
    }

    /** Imports and re-screens on the caller's thread (the scheduled fetch); refused while another update runs. */
    ListUpdateStatus runNow(ListFormat format, String origin, InputStream content, String importedBy) {
        begin(format, origin);
        run(format, content, importedBy);
        return status.get();
    }

    /**
     * An import through the contract re-screens like an upload once it has committed: on the worker, its progress
     * in the update log from the moment the import returns (so whoever waits for it sees it running). While this
     * instance runs another update, the re-screen queues behind it on the worker; should the scheduled fetch still
     * be running then, it is left out, and the forward step screens a request with stale list versions again.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void rescreenAfter(ListImported imported) {
        try {
            begin(imported.format(), CONTRACT_ORIGIN);
            worker.execute(() -> guarded(imported.format(), () -> rescreen(imported.result(), false)));
        } catch (DomainException busy) {
            log.info("{} list version {} imported while another update runs: its re-screen waits", imported.format(),
                    imported.result().versionId());
            worker.execute(() -> {
                try {
                    begin(imported.format(), CONTRACT_ORIGIN);
                } catch (DomainException stillBusy) {
                    log.warn("{} list version {} not re-screened: another update runs", imported.format(),
                            imported.result().versionId());
                    return;
                }
                guarded(imported.format(), () -> rescreen(imported.result(), false));
            });
        }
    }

    /**
     * Re-screens every target against the version an interrupted update imported, on the worker; returns at once.
     *
     * @throws DomainException {@code screening.update.not-resumable} unless the latest update is an interrupted
     *                         re-screen; {@code screening.update.busy} while another update runs
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void resumeInterrupted() {
        ListUpdateStatus interrupted = status();
        if (!interrupted.resumable()) {
            throw new DomainException("screening.update.not-resumable");
        }
        ListFormat format = ListFormat.valueOf(interrupted.source());
        begin(format, interrupted.origin());
        worker.execute(() -> guarded(format, () -> rescreen(interrupted.result(), true)));
    }

    /** Records a fetch that never reached the import (server down, HTTP error) as the latest update's outcome. */
    ListUpdateStatus failed(ListFormat format, String origin, String key, Object... arguments) {
        ListUpdateStatus failed = ListUpdateStatus.importing(format.name(), origin, clock.instant())
                .failed(key, arguments);
        log.warn("{} list not fetched from {}: {}", format, origin, key);
        if (!status.updateAndGet(current -> current.running() ? current : failed).running()) {
            updateLog.start(failed); // a running update of this instance stays the latest state shown
        }
        return failed;
    }

    /** The imported versions, newest first (the latest {@value #HISTORY_ROWS}). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ListVersion> history() {
        return jdbc.sql("""
                        SELECT * FROM screening_list_version WHERE sha256 <> ''
                         ORDER BY imported_at DESC, id DESC LIMIT :rows""").param("rows", HISTORY_ROWS)
                .query((rs, row) -> version(rs))
                .list();
    }

    static ListVersion version(ResultSet rs) throws SQLException {
        return new ListVersion(rs.getLong("id"), rs.getString("source"),
                rs.getObject("publication_date", LocalDate.class), rs.getString("sha256"), rs.getInt("entry_count"),
                rs.getInt("alias_count"), rs.getInt("added_count"), rs.getInt("changed_count"),
                rs.getInt("removed_count"), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
                rs.getBoolean("active"));
    }

    private void begin(ListFormat format, String origin) {
        ListUpdateStatus running = ListUpdateStatus.importing(format.name(), origin, clock.instant());
        ListUpdateStatus previous = status.getAndUpdate(current -> current.running() ? current : running);
        if (previous.running()) {
            throw new DomainException("screening.update.busy", previous.source(), previous.origin());
        }
        updateId = updateLog.start(running);
    }

    /**
     * Moves this instance's update on and writes the new state for every instance to see. Once the shutdown has
     * recorded it as interrupted, nothing the worker still does (a last request, a failure as the pool closes)
     * changes that.
     */
    private ListUpdateStatus move(UnaryOperator<ListUpdateStatus> step) {
        ListUpdateStatus before = status.get();
        ListUpdateStatus moved = status.updateAndGet(current -> interrupted(current) ? current : step.apply(current));
        if (!interrupted(before)) {
            updateLog.save(updateId, moved);
        }
        return moved;
    }

    private static boolean interrupted(ListUpdateStatus update) {
        return update.phase() == ListUpdateStatus.Phase.INTERRUPTED;
    }

    private void run(ListFormat format, InputStream content, String importedBy) {
        guarded(format, () -> rescreen(sanctions.importAs(format, content, importedBy), false));
    }

    /**
     * Re-screens every target against the new version; none when the version equals the previous one entry by entry
     * (nothing added, changed or removed: the same names, countries and references cannot match differently), as a
     * daily fetch of an unchanged file does, unless {@code resumed} (an interrupted re-screen run again).
     */
    private void rescreen(ListImportResult imported, boolean resumed) {
        boolean unchanged = imported.added() == 0 && imported.changed() == 0 && imported.removed() == 0;
        List<RescreenTarget> targets = unchanged && !resumed ? List.of() : rescreening.targets();
        move(s -> s.imported(imported, targets.size()));
        int alerts = rescreening.rescreen(targets, done -> {
            if (done % PROGRESS_EVERY == 0) {
                move(s -> s.progress(done));
            }
        });
        move(s -> s.done(alerts));
        log.info("{} list version {} imported by {}: {} entries; {} requests re-screened, {} tenant alerts",
                imported.source(), imported.versionId(), imported.importedBy(), imported.entries(), targets.size(),
                alerts);
    }

    /** Runs a step of this instance's update; a refusal or failure ends the update with its reason. */
    private void guarded(ListFormat format, Runnable step) {
        try {
            step.run();
        } catch (DomainException refused) {
            move(s -> s.failed(refused.getMessageKey(), refused.getArguments()));
            log.warn("{} list update refused: {}", format, refused.getMessage());
        } catch (RuntimeException e) {
            if (interrupted(status.get())) {
                log.info("{} list update stopped by the shutdown: {}", format, e.getMessage());
                return;
            }
            move(s -> s.failed("screening.update.failed", String.valueOf(e.getMessage())));
            log.error("{} list update failed", format, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Uploaded list file {} not deleted", file, e);
        }
    }

    /**
     * A running update cannot finish once the application stops: recorded as interrupted while the database is still
     * there, so no admin waits for it; the requests it re-screened stay done, the admin can re-screen the rest.
     */
    @PreDestroy
    void stop() {
        if (status.get().running()) {
            move(ListUpdateStatus::interrupted);
            log.warn("List update from {} interrupted by the shutdown", status.get().origin());
        }
        worker.shutdownNow();
    }
}
