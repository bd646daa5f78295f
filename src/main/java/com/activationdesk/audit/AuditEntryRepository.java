package com.activationdesk.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Read only: extends the bare {@link Repository}, so there is no delete or update method to call; entries are
 * written by {@link AuditChain}.
 * Every finder is one SELECT (the changed fields are a column of the row).
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    /** Oldest first; uses the index (request_id, id). */
    List<AuditEntry> findByRequestIdOrderByIdAsc(long requestId);

    /**
     * Newest first. A {@code null} parameter means "any". With the MariaDB driver's client-side prepared
     * statements the server sees literals, so {@code NULL IS NULL OR ...} folds away and the indexes apply.
     * The pageable must be unsorted (the order is fixed here).
     */
    @Query("""
            select e from AuditEntry e
            where (:referencePrefix is null or e.subjectLabel like :referencePrefix escape '!')
              and (:subjectType is null or e.subjectType = :subjectType)
              and (:actorEmail is null or e.actorEmail = :actorEmail or e.actorEmail like :actorViaApi escape '!')
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> search(@Param("referencePrefix") String referencePrefix, @Param("subjectType") String subjectType,
                            @Param("actorEmail") String actorEmail, @Param("actorViaApi") String actorViaApi,
                            @Param("action") String action, @Param("from") Instant from, @Param("to") Instant to,
                            Pageable pageable);

    @Query("""
            select count(e) from AuditEntry e
            where (:referencePrefix is null or e.subjectLabel like :referencePrefix escape '!')
              and (:subjectType is null or e.subjectType = :subjectType)
              and (:actorEmail is null or e.actorEmail = :actorEmail or e.actorEmail like :actorViaApi escape '!')
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)""")
    long countMatching(@Param("referencePrefix") String referencePrefix, @Param("subjectType") String subjectType,
                       @Param("actorEmail") String actorEmail, @Param("actorViaApi") String actorViaApi,
                       @Param("action") String action, @Param("from") Instant from, @Param("to") Instant to);
}
