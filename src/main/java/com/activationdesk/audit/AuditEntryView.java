package com.activationdesk.audit;

import java.time.Instant;
import java.util.List;

/** One stored audit entry, as read back. {@code changes} is never {@code null}. */
public record AuditEntryView(long id, long requestId, String requestReference, Instant occurredAt, AuditActor actor,
                             String action, String fromStatus, String toStatus, String comment,
                             List<FieldChange> changes) {

    public AuditEntryView {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
