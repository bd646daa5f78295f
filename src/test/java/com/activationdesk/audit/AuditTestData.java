package com.activationdesk.audit;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unique ids and texts for audit tests: all test classes of one Spring context share one database (and a run
 * against an external MariaDB keeps rows between runs), so every test works only on rows it made itself.
 */
public final class AuditTestData {

    private AuditTestData() {
    }

    /** A request id far above anything a real sequence reaches. */
    public static long uniqueRequestId() {
        return ThreadLocalRandom.current().nextLong(1L << 50, Long.MAX_VALUE);
    }

    /** At most 20 characters, like the column. */
    public static String uniqueReference(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36)
                .toUpperCase(Locale.ROOT);
    }

    public static String uniqueEmail() {
        return "auditor-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE), 36)
                + "@test.example";
    }

    public static AuditActor partner(String email) {
        return new AuditActor(4711L, email, "PARTNER", 815L, "Nordlicht Systemhaus GmbH");
    }

    public static AuditRecord record(long requestId, String reference, AuditActor actor, java.time.Instant at,
                                     String action) {
        return new AuditRecord(requestId, reference, actor, at, action, "DRAFT", "IN_REVIEW", null, List.of());
    }

    /** {@link AuditTrail#record} requires a transaction: this is the caller's. */
    public static void inTransaction(PlatformTransactionManager transactionManager, Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }
}
