package com.activationdesk.audit;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the audit chain: daily (one instance runs it, ShedLock) and on demand by an administrator, in the
 * background with progress. Every result is logged, intact or not, with the head's id and hash: the log then
 * holds an anchor outside the database that a rewritten chain can be compared against.
 */
@Service
public class AuditChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Object lock = new Object();
    private CompletableFuture<ChainVerification> running;
    private volatile ChainProgress progress;

    AuditChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /**
     * Starts a verification in the background, or joins the one running (a second walk would only double the
     * load). Poll {@link #progress()} while it runs.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<ChainVerification> start() {
        synchronized (lock) {
            if (running == null || running.isDone()) {
                progress = new ChainProgress(0, 0);
                running = CompletableFuture.supplyAsync(() -> verify(update -> progress = update, "on demand"),
                        task -> Thread.ofVirtual().name("audit-chain-verification").start(task));
            }
            return running;
        }
    }

    /** The progress of the verification started last; empty before the first one. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ChainProgress> progress() {
        return Optional.ofNullable(progress);
    }

    /**
     * Every instance fires this cron at "the same" time. The lock is kept for at least 5 minutes, so an instance
     * whose clock is a little behind, or that fires after the first one already finished, skips the day's run.
     */
    @Scheduled(cron = "${activationdesk.jobs.audit-chain-cron:0 30 3 * * *}")
    @SchedulerLock(name = "audit-chain-verification", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void verifyDaily() {
        verify(update -> { }, "daily");
    }

    /** Walks the whole chain in one snapshot; no security check: the callers above are the gates. */
    ChainVerification verify(Consumer<ChainProgress> onProgress, String trigger) {
        ChainVerification result = snapshot.execute(status -> new ChainWalk(jdbc, onProgress).run());
        if (result.intact()) {
            log.info("Audit chain intact ({}): {} entries in {} ms, head entry {} hash {}", trigger, result.checked(),
                    result.took().toMillis(), result.headId(), result.headHash());
        } else {
            ChainBreak broken = result.firstBreak();
            log.error("Audit chain BROKEN ({}) at entry {}: {} - {}; head entry {} hash {}", trigger,
                    broken.entryId(), broken.kind(), broken.detail(), result.headId(), result.headHash());
        }
        return result;
    }
}
