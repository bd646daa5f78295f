package com.activationdesk.audit;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import com.activationdesk.audit.AuditChain.Head;
import com.activationdesk.audit.ChainBreak.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One walk over the chain in id order, in keyset pages of {@link #PAGE} entries, so memory stays constant at any
 * size. Must run in one REPEATABLE READ transaction: the head and every page are then read from the same snapshot,
 * and entries appended meanwhile are simply not part of this walk. Stops at the first broken link and classifies
 * it from the stored links (docs/audit-chain.md).
 */
final class ChainWalk {

    static final int PAGE = 10_000;

    private final JdbcClient jdbc;
    private final Consumer<ChainProgress> progress;
    private final long started = System.nanoTime();
    private Head head;
    private long total;
    private long checked;
    /** The last entry that held, and the one before it: a break is judged against both. */
    private Stored previous;
    private Stored beforePrevious;

    ChainWalk(JdbcClient jdbc, Consumer<ChainProgress> progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    ChainVerification run() {
        head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((row, number) -> new Head(row.getLong("last_id"), row.getString("last_hash")))
                .optional().orElse(new Head(0, ChainedEntry.GENESIS));
        total = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
        progress.accept(new ChainProgress(0, total));
        long afterId = 0;
        List<Stored> page;
        do {
            page = jdbc.sql("SELECT " + ChainedEntry.COLUMNS + ", hash FROM audit_entry WHERE id > :after ORDER BY id"
                            + " LIMIT " + PAGE)
                    .param("after", afterId)
                    .query((row, number) -> new Stored(ChainedEntry.of(row), row.getString("hash")))
                    .list();
            for (Stored entry : page) {
                checked++;
                ChainBreak broken = check(entry);
                if (broken != null) {
                    return result(broken);
                }
                beforePrevious = previous;
                previous = entry;
                afterId = entry.id();
            }
            progress.accept(new ChainProgress(checked, total));
        } while (page.size() == PAGE);
        return result(checkEnd());
    }

    private ChainBreak check(Stored entry) {
        if (entry.id() > head.lastId()) {
            return new ChainBreak(entry.id(), Kind.INSERTED,
                    "entry " + entry.id() + " lies beyond the chain's head (" + head.lastId() + ")");
        }
        String expectedPrevious = previous == null ? ChainedEntry.GENESIS : previous.hash();
        boolean contentHolds = entry.entry().hash().equals(entry.hash());
        boolean linkHolds = expectedPrevious.equals(entry.entry().prevHash());
        if (contentHolds && linkHolds) {
            return null;
        }
        if (linkHolds) {
            return new ChainBreak(entry.id(), Kind.CHANGED, "entry " + entry.id() + " no longer matches its hash");
        }
        return brokenLink(entry, expectedPrevious, contentHolds);
    }

    /** The entry does not link to the one before it: who is out of place? */
    private ChainBreak brokenLink(Stored entry, String expectedPrevious, boolean contentHolds) {
        String linksTo = entry.entry().prevHash();
        if (previous != null && linksTo.equals(previous.entry().prevHash())) {
            return new ChainBreak(previous.id(), Kind.INSERTED, "entry " + previous.id()
                    + " was slipped in: entry " + entry.id() + " links past it to entry " + idOf(beforePrevious));
        }
        Long holder = jdbc.sql("SELECT MIN(id) FROM audit_entry WHERE hash = :hash").param("hash", linksTo)
                .query(Long.class).optional().orElse(null);
        if (holder != null && holder > entry.id()) {
            return new ChainBreak(entry.id(), Kind.REORDERED, "entry " + entry.id()
                    + " links to entry " + holder + ", which comes after it");
        }
        if (!contentHolds) {
            boolean skipped = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE id > :id AND prev_hash = :hash")
                    .param("id", entry.id()).param("hash", expectedPrevious).query(Long.class).single() > 0;
            return skipped
                    ? new ChainBreak(entry.id(), Kind.INSERTED, "entry " + entry.id()
                            + " is not part of the chain: the next entry links past it")
                    : new ChainBreak(entry.id(), Kind.CHANGED, "entry " + entry.id()
                            + " matches neither its hash nor its link");
        }
        return new ChainBreak(entry.id(), Kind.DELETED, "entries between " + idOf(previous) + " and "
                + entry.id() + " are missing: entry " + entry.id() + " links to an entry that is gone");
    }

    /** After the last entry: the head names it, unless entries at the end were deleted or it was rewritten. */
    private ChainBreak checkEnd() {
        long lastId = previous == null ? 0 : previous.id();
        if (lastId < head.lastId()) {
            return new ChainBreak(head.lastId(), Kind.DELETED, "the chain ends at entry " + lastId
                    + " but its head names entry " + head.lastId() + ": the last entries are missing");
        }
        if (previous != null && !previous.hash().equals(head.lastHash())) {
            return new ChainBreak(lastId, Kind.CHANGED, "entry " + lastId + " differs from the chain's head");
        }
        return null;
    }

    private ChainVerification result(ChainBreak broken) {
        progress.accept(new ChainProgress(broken == null ? total : checked, total));
        return new ChainVerification(checked, head.lastId(), head.lastHash(), broken,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static String idOf(Stored entry) {
        return entry == null ? "(start)" : Long.toString(entry.id());
    }

    private record Stored(ChainedEntry entry, String hash) {

        long id() {
            return entry.id();
        }
    }
}
