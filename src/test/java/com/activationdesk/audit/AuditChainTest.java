package com.activationdesk.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.activationdesk.IntegrationTest;
import com.activationdesk.audit.ChainBreak.Kind;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.AuditRecords.inTransaction;
import static com.activationdesk.testdata.AuditRecords.partner;
import static com.activationdesk.testdata.AuditRecords.record;
import static com.activationdesk.testdata.Unique.requestId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain on MariaDB: appends link up, also from parallel transactions, and the verification finds and
 * names a changed, deleted, inserted or swapped entry, each made with the append-only triggers dropped (as a
 * database account with full rights could). Every tampering is undone afterwards, so the chain of the shared test
 * database holds again (and is verified to).
 */
@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachEntryLinksToTheOneBeforeAndTheChainVerifies() {
        List<Long> ids = appendFour();
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo(ids.get(i - 1) + 1);
            assertThat(column("prev_hash", ids.get(i))).isEqualTo(column("hash", ids.get(i - 1)));
        }
        assertThat(jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class)).isEqualTo(ids.getLast());
        ChainVerification result = verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.headId()).isEqualTo(ids.getLast());
        assertThat(result.checked()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class));
    }

    @Test
    void aRolledBackAppendLeavesNeitherEntryNorGapInTheChain() {
        long before = jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditTrail.record(record(requestId(), "RB", partner(Unique.email("chain", "test.example")), null, "SUBMIT"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class)).isEqualTo(before);
        assertThat(appendFour().getFirst()).isEqualTo(before + 1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void parallelAppendsKeepTheChainLinear() throws Exception {
        long before = jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class);
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long requestId = requestId();
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        inTransaction(transactionManager, () -> auditTrail.record(record(requestId, "PAR",
                                partner(Unique.email("chain", "test.example")), null, "EDIT")));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE id > ?", Long.class, before))
                .isEqualTo(threads * perThread);
        assertThat(jdbc.queryForObject("SELECT last_id FROM audit_chain_head", Long.class))
                .isEqualTo(before + threads * perThread);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anUpdatedEntryIsDetectedAsChanged() {
        List<Long> ids = appendFour();
        long changed = ids.get(1);
        tampered(List.of(changed), () -> {
            jdbc.update("UPDATE audit_entry SET comment = 'rewritten' WHERE id = ?", changed);
            assertBroken(changed, Kind.CHANGED);
        });
    }

    @Test
    void aDeletedEntryIsDetectedAtTheEntryAfterTheGap() {
        List<Long> ids = appendFour();
        long deleted = ids.get(1);
        tampered(List.of(deleted), () -> {
            jdbc.update("DELETE FROM audit_entry WHERE id = ?", deleted);
            assertBroken(ids.get(2), Kind.DELETED);
        });
    }

    @Test
    void deletingTheLastEntryIsDetectedAgainstTheHead() {
        List<Long> ids = appendFour();
        long last = ids.getLast();
        tampered(List.of(last), () -> {
            jdbc.update("DELETE FROM audit_entry WHERE id = ?", last);
            assertBroken(last, Kind.DELETED);
        });
    }

    @Test
    void aForgedEntryWithACorrectlyComputedHashIsDetectedAsInserted() {
        List<Long> ids = appendFour();
        long forged = ids.getLast() + 1;
        tampered(List.of(), () -> {
            // the forger knows the canonical form and links the row to the last entry
            ChainedEntry entry = new ChainedEntry(forged, "REQUEST", 4711L, "FORGED", 4711L, "FORGED",
                    Instant.parse("2026-01-01T00:00:00Z"), null, null, "SYSTEM", null, null, "ACTIVATE", null, null,
                    null, null, column("hash", ids.getLast()));
            jdbc.update("""
                    INSERT INTO audit_entry (id, subject_type, subject_id, subject_label, request_id, request_reference,
                        occurred_at, actor_role, action, prev_hash, hash)
                    VALUES (?, 'REQUEST', 4711, 'FORGED', 4711, 'FORGED', '2026-01-01 00:00:00', 'SYSTEM', 'ACTIVATE',
                        ?, ?)""", forged, entry.prevHash(), entry.hash());
            assertBroken(forged, Kind.INSERTED);
        });
    }

    @Test
    void anEntryReplacedByAForgedOneBreaksTheChainAtTheEntryAfterIt() {
        List<Long> ids = appendFour();
        long replaced = ids.get(1);
        tampered(List.of(replaced), () -> {
            // the real entry makes room; a forged one with a valid hash, linked to its predecessor, takes its id
            jdbc.update("DELETE FROM audit_entry WHERE id = ?", replaced);
            ChainedEntry entry = new ChainedEntry(replaced, "REQUEST", 4711L, "FORGED", 4711L, "FORGED",
                    Instant.parse("2026-01-01T00:00:00Z"), null, null, "SYSTEM", null, null, "ACTIVATE", null, null,
                    null, null, column("hash", ids.get(0)));
            jdbc.update("""
                    INSERT INTO audit_entry (id, subject_type, subject_id, subject_label, request_id, request_reference,
                        occurred_at, actor_role, action, prev_hash, hash)
                    VALUES (?, 'REQUEST', 4711, 'FORGED', 4711, 'FORGED', '2026-01-01 00:00:00', 'SYSTEM', 'ACTIVATE',
                        ?, ?)""", replaced, entry.prevHash(), entry.hash());
            // the entry after it still links to the real one, which no longer exists
            assertBroken(ids.get(2), Kind.DELETED);
        });
    }

    @Test
    void swappedEntriesAreDetectedAsReordered() {
        List<Long> ids = appendFour();
        long first = ids.get(0);
        long second = ids.get(2);
        tampered(List.of(first, second), () -> {
            // renumber: the two rows trade places in the id order, each keeping its content and hash
            jdbc.update("UPDATE audit_entry SET id = -1 WHERE id = ?", first);
            jdbc.update("UPDATE audit_entry SET id = ? WHERE id = ?", first, second);
            jdbc.update("UPDATE audit_entry SET id = ? WHERE id = -1", second);
            assertBroken(first, Kind.REORDERED);
        });
    }

    @Test
    void swappedContentsAreDetectedAsReordered() {
        List<Long> ids = appendFour();
        long first = ids.get(1);
        long second = ids.get(2);
        tampered(List.of(first, second), () -> {
            Map<String, Object> a = row(first);
            Map<String, Object> b = row(second);
            jdbc.update("DELETE FROM audit_entry WHERE id IN (?, ?)", first, second);
            insert(b, first);
            insert(a, second);
            assertBroken(first, Kind.REORDERED);
        });
    }

    @Test
    void theMigrationsBackfillLinksRowsExactlyAsTheAppendsDid() {
        List<Long> ids = appendFour();
        Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head");
        tampered(List.of(), () -> {
            // rows as changeset 027 finds them: not linked yet (here: the last ones, the rest is linked again anyway)
            jdbc.update("UPDATE audit_entry SET prev_hash = REPEAT('f', 64), hash = REPEAT('f', 64) WHERE id >= ?",
                    ids.getFirst());
            assertBroken(ids.getFirst(), Kind.CHANGED);

            AuditChain.Head chained = jdbc.execute((ConnectionCallback<AuditChain.Head>) AuditChainBackfill::chain);

            assertThat(chained.lastId()).isEqualTo(head.get("last_id"));
            assertThat(chained.lastHash()).isEqualTo(head.get("last_hash"));
        });
    }

    private void assertBroken(long entryId, Kind kind) {
        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().entryId()).as(result.firstBreak().detail()).isEqualTo(entryId);
        assertThat(result.firstBreak().kind()).as(result.firstBreak().detail()).isEqualTo(kind);
    }

    private ChainVerification verify() {
        return verifier.verify(progress -> { }, "test");
    }

    /** Four entries appended in four transactions; their ids. */
    private List<Long> appendFour() {
        long requestId = requestId();
        AuditActor actor = partner(Unique.email("chain", "test.example"));
        for (String action : List.of("CREATE", "EDIT", "SUBMIT", "RETURN")) {
            inTransaction(transactionManager, () -> auditTrail.record(new AuditRecord(requestId, "CH-1", actor, null,
                    action, "DRAFT", "IN_REVIEW", "Kommentar ✓", List.of(new FieldChange("city", "Kiel", null)))));
        }
        return jdbc.queryForList("SELECT id FROM audit_entry WHERE request_id = ? ORDER BY id", Long.class, requestId);
    }

    /**
     * Runs the tampering with the triggers dropped, then restores the given rows as they were, removes anything
     * else beyond the head, recreates the triggers and checks the chain holds again.
     */
    private void tampered(List<Long> restore, Runnable tampering) {
        List<Map<String, Object>> originals = restore.stream().map(this::row).toList();
        List<Map<String, Object>> triggers = jdbc.queryForList("""
                SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS
                WHERE EVENT_OBJECT_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'audit_entry'""");
        assertThat(triggers).hasSize(2);
        triggers.forEach(trigger -> jdbc.execute("DROP TRIGGER " + trigger.get("TRIGGER_NAME")));
        try {
            tampering.run();
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE id > (SELECT last_id FROM audit_chain_head WHERE id = 1)");
            for (Map<String, Object> original : originals) {
                jdbc.update("DELETE FROM audit_entry WHERE id = ?", original.get("id"));
            }
            for (Map<String, Object> original : originals) {
                insert(original, (Long) original.get("id"));
            }
            for (Map<String, Object> trigger : triggers) {
                jdbc.execute("CREATE TRIGGER " + trigger.get("TRIGGER_NAME") + " " + trigger.get("ACTION_TIMING") + " "
                        + trigger.get("EVENT_MANIPULATION") + " ON audit_entry FOR EACH ROW "
                        + trigger.get("ACTION_STATEMENT"));
            }
        }
        assertThat(verify().intact()).as("the test restored the chain").isTrue();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = ?", id);
    }

    private void insert(Map<String, Object> row, long id) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
            values.add(column.equalsIgnoreCase("id") ? id : row.get(column));
        }
        jdbc.update("INSERT INTO audit_entry (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")", values.toArray());
    }

    private String column(String name, long id) {
        return jdbc.queryForObject("SELECT " + name + " FROM audit_entry WHERE id = ?", String.class, id);
    }
}
