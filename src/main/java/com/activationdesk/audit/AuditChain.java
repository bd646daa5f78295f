package com.activationdesk.audit;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash chain. The head row ({@code audit_chain_head}) is locked with SELECT ... FOR UPDATE
 * in the caller's transaction and held until it ends, so concurrent appends queue up and each links to the one
 * committed before it: the chain stays linear. The price: transactions that write audit entries are serialised
 * from their first entry to their commit, which is short for every caller of this application.
 */
@Component
class AuditChain {

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AuditChain(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void append(AuditEntry entry) {
        Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((row, number) -> new Head(row.getLong("last_id"), row.getString("last_hash")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("audit_chain_head has no row: changeset 027 missing"));
        entry.chain(head.lastId() + 1, head.lastHash());
        entityManager.persist(entry);
        jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .param("id", head.lastId() + 1)
                .param("hash", entry.hash())
                .update();
    }

    /** The last entry of the chain as the head records it; read by the verification in its snapshot. */
    record Head(long lastId, String lastHash) {
    }
}
