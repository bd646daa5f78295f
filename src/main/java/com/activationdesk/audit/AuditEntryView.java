package com.activationdesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * One stored audit entry, as read back. {@code changes} is never {@code null}. {@code requestId} and
 * {@code requestReference} describe a request entry; for other subjects they are {@code 0} and {@code null} and
 * {@code subject} says what the entry is about.
 */
public record AuditEntryView(long id, long requestId, String requestReference, Instant occurredAt, AuditActor actor,
                             String action, String fromStatus, String toStatus, String comment,
                             List<FieldChange> changes, AuditSubject subject) {

    public AuditEntryView {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An entry of a request's timeline. */
    public AuditEntryView(long id, long requestId, String requestReference, Instant occurredAt, AuditActor actor,
                          String action, String fromStatus, String toStatus, String comment,
                          List<FieldChange> changes) {
        this(id, requestId, requestReference, occurredAt, actor, action, fromStatus, toStatus, comment, changes,
                AuditSubject.request(requestId, requestReference));
    }
}
