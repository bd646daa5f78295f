package com.activationdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of requests and admin changes: append in the caller's transaction (to the hash chain, see
 * {@link AuditChain}), read a request's timeline, search the global log. Entries are never changed or deleted
 * (the database refuses it too).
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    /** Absent when the audit module runs alone: changes are then the system's. */
    private final ObjectProvider<CurrentAuditActor> currentActor;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditChain chain, ObjectProvider<CurrentAuditActor> currentActor,
               Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Appends one entry; MUST run inside the caller's transaction ({@link Propagation#MANDATORY}), so the entry
     * commits or rolls back with the change. Without a transaction it throws
     * {@link org.springframework.transaction.IllegalTransactionStateException}; an invalid record (no actor, no
     * action, a text longer than its column) throws {@link IllegalArgumentException}, which rolls the caller's
     * change back as well: no change without its audit entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        validate(record);
        Instant occurredAt = (record.occurredAt() == null ? Instant.now() : record.occurredAt())
                .truncatedTo(ChronoUnit.MICROS); // DATETIME(6): what is read back equals what was recorded
        chain.append(new AuditEntry(record, occurredAt, FieldChangesJson.write(record.changes())));
    }

    /**
     * Records an admin change by the logged-in user (the system when nobody is), now, in the caller's transaction
     * like {@link #record}: one entry per change, with every changed field's old and new value.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditSubject subject, String action, String comment, List<FieldChange> changes) {
        record(new AuditRecord(subject, actor(), clock.instant(), action,
                null, null, comment, changes));
    }

    /**
     * Oldest first. Callers check the request's data scope before calling (no security here, it takes an id the
     * caller already loaded). One SELECT on the index (request_id, id).
     */
    @Transactional(readOnly = true)
    public List<AuditEntryView> timeline(long requestId) {
        return entries.findByRequestIdOrderByIdAsc(requestId).stream().map(AuditEntry::toView).toList();
    }

    /**
     * Global audit log, newest first (time, then id), one page per call (one SELECT); ADMIN only. The pageable's
     * sort is ignored: the order is fixed. An unpaged pageable is refused, the log can be large.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntryView> search(AuditFilter filter, Pageable pageable) {
        if (pageable == null || pageable.isUnpaged()) {
            throw new IllegalArgumentException("The audit log is read page by page");
        }
        Criteria c = Criteria.of(filter);
        return entries.search(c.referencePrefix, c.subjectType, c.actorEmail, c.actorViaApi, c.action, c.from, c.to,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream().map(AuditEntry::toView).toList();
    }

    /** Number of entries {@link #search} finds for this filter; ADMIN only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Criteria c = Criteria.of(filter);
        return entries.countMatching(c.referencePrefix, c.subjectType, c.actorEmail, c.actorViaApi, c.action, c.from, c.to);
    }

    private AuditActor actor() {
        CurrentAuditActor provider = currentActor.getIfAvailable();
        return provider == null ? AuditActor.system() : provider.current().orElseGet(AuditActor::system);
    }

    private static void validate(AuditRecord record) {
        if (record == null) {
            throw new IllegalArgumentException("No audit record");
        }
        if (record.subject() == null) {
            throw new IllegalArgumentException("An audit record needs a subject");
        }
        if (record.actor() == null) {
            throw new IllegalArgumentException("An audit record needs an actor");
        }
        if (record.action() == null || record.action().isBlank()) {
            throw new IllegalArgumentException("An audit record needs an action");
        }
        maxLength("requestReference", record.requestReference(), 20);
        maxLength("subject.label", record.subject().label(), 254);
        maxLength("actor.email", record.actor().email(), 254);
        maxLength("actor.role", record.actor().role(), 20);
        maxLength("actor.organizationName", record.actor().organizationName(), 200);
        maxLength("action", record.action(), 40);
        maxLength("fromStatus", record.fromStatus(), 30);
        maxLength("toStatus", record.toStatus(), 30);
    }

    private static void maxLength(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("Audit " + name + " longer than " + max + " characters");
        }
    }

    /** The filter as query parameters: blanks become "any", the label a LIKE prefix with '!' as escape. */
    private record Criteria(String referencePrefix, String subjectType, String actorEmail, String actorViaApi,
                            String action, Instant from, Instant to) {

        static Criteria of(AuditFilter filter) {
            if (filter == null) {
                return new Criteria(null, null, null, null, null, null, null);
            }
            String reference = blankToNull(filter.reference());
            String prefix = reference == null ? null : likeEscaped(reference) + "%";
            String actor = blankToNull(filter.actorEmail());
            // the user's own actions and those through any of the user's API tokens
            String viaApi = actor == null ? null : likeEscaped(actor) + AuditActor.VIA_API_TOKEN + "%";
            return new Criteria(prefix, filter.subjectType() == null ? null : filter.subjectType().name(),
                    actor, viaApi, blankToNull(filter.action()), filter.from(), filter.to());
        }

        private static String likeEscaped(String value) {
            return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
