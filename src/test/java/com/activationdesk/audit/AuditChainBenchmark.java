package com.activationdesk.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.activationdesk.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a MariaDB with N audit entries (default 1,000,000), correctly chained, and times one verification of the
 * whole chain, printing entries per second and the heap in use afterwards (the walk streams in keyset pages, so
 * the heap does not grow with N). Run (see docs/audit-chain.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.activationdesk.audit.AuditChainBenchmark}
 * with optional {@code -Dbenchmark.url=... -Dbenchmark.entries=...}. Lives in the audit package because it uses
 * the chain's own canonical form to seed and calls the verification without an administrator's session. Also run
 * at a small N in the build ({@code AuditChainBenchmarkTest}).
 */
public final class AuditChainBenchmark {

    private static final int BATCH = 5_000;
    private static final long FIRST_REQUEST_ID = 8_000_000_000L;

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("benchmark.url",
                "jdbc:mariadb://127.0.0.1:3306/activationdesk_audit_bench?createDatabaseIfNotExist=true"
                        + "&rewriteBatchedStatements=true");
        int entries = Integer.getInteger("benchmark.entries", 1_000_000);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("benchmark.user", "root"),
                        "spring.datasource.password=" + System.getProperty("benchmark.password", ""),
                        "activationdesk.scheduling.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.com.activationdesk=warn")
                .run("--server.port=0", "--activationdesk.dev-smtp.port=0")) {
            System.out.println("Database: " + url);
            ChainVerification result = run(context, entries);
            System.out.println(result.intact() ? "Chain intact" : "Chain BROKEN: " + result.firstBreak());
        }
    }

    /** Seeds what is missing up to {@code entries}, then verifies once and prints the figures. */
    static ChainVerification run(ApplicationContext context, int entries) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        if (existing < entries) {
            long started = System.nanoTime();
            seed(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                    (int) (entries - existing));
            System.out.printf("Seeded %,d audit entries in %.1f s%n", entries - existing,
                    (System.nanoTime() - started) / 1e9);
        }
        System.gc();
        ChainVerification result = context.getBean(AuditChainVerifier.class).verify(progress -> { }, "benchmark");
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Verified %,d entries in %.1f s (%,.0f entries/s); heap in use afterwards %d MB%n",
                result.checked(), result.took().toMillis() / 1000.0,
                result.checked() / Math.max(0.001, result.took().toMillis() / 1000.0),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        return result;
    }

    /**
     * Appends {@code count} chained entries after the head, a batch per transaction, as the application would
     * (same canonical form and hash), but with batched INSERTs instead of one JPA persist per entry.
     */
    static void seed(JdbcTemplate jdbc, TransactionTemplate transaction, int count) {
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            transaction.executeWithoutResult(status -> {
                var head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                long lastId = ((Number) head.get("last_id")).longValue();
                String previous = (String) head.get("last_hash");
                List<Object[]> rows = new ArrayList<>(size);
                for (int i = 1; i <= size; i++) {
                    long id = lastId + i;
                    Instant at = start.plusSeconds(id * 7);
                    long requestId = FIRST_REQUEST_ID + id % 50_000; // no real request: timelines stay as they are
                    ChainedEntry entry = new ChainedEntry(id, "REQUEST", requestId, "BM-" + requestId, requestId,
                            "BM-" + requestId, at, 4711L, "bench@partner.example", "PARTNER", 815L,
                            "Benchmark Partner GmbH", id % 3 == 0 ? "SUBMIT" : "EDIT", "DRAFT", "IN_REVIEW",
                            id % 5 == 0 ? "Bitte prüfen – Eintrag " + id : null,
                            id % 2 == 0 ? "[{\"field\":\"city\",\"old\":\"Kiel\",\"new\":\"Lübeck\"}]" : null, previous);
                    previous = entry.hash();
                    rows.add(new Object[]{id, requestId, entry.subjectLabel(), requestId, entry.requestReference(),
                            LocalDateTime.ofInstant(at, ZoneOffset.UTC), entry.action(),
                            entry.comment(), entry.changes(), entry.prevHash(), previous});
                }
                jdbc.batchUpdate("""
                        INSERT INTO audit_entry (id, subject_type, subject_id, subject_label, request_id,
                            request_reference, occurred_at, actor_user_id, actor_email, actor_role,
                            actor_organization_id, actor_organization_name, action, from_status, to_status, comment,
                            changes, prev_hash, hash)
                        VALUES (?, 'REQUEST', ?, ?, ?, ?, ?, 4711, 'bench@partner.example', 'PARTNER', 815,
                            'Benchmark Partner GmbH', ?, 'DRAFT', 'IN_REVIEW', ?, ?, ?, ?)""", rows);
                jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", lastId + size,
                        previous);
            });
        }
    }
}
