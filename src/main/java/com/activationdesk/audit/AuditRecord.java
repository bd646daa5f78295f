package com.activationdesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * What the caller writes into the trail for one change of a request.
 *
 * @param occurredAt when it happened; {@code null} means now. Stored with microsecond precision.
 * @param action     a code such as {@code SUBMIT} (at most 40 characters)
 * @param changes    changed fields, may be empty or {@code null}
 */
public record AuditRecord(long requestId, String requestReference, AuditActor actor, Instant occurredAt,
                          String action, String fromStatus, String toStatus, String comment,
                          List<FieldChange> changes) {

    public AuditRecord {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
