package com.activationdesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * What the caller writes into the trail for one change of a request or of anything an admin manages.
 *
 * @param occurredAt when it happened; {@code null} means now. Stored with microsecond precision.
 * @param action     a code such as {@code SUBMIT} or {@code USER_ROLE} (at most 40 characters)
 * @param fromStatus a request's status before the change; {@code null} for other subjects
 * @param changes    changed fields, may be empty or {@code null}
 */
public record AuditRecord(AuditSubject subject, AuditActor actor, Instant occurredAt, String action,
                          String fromStatus, String toStatus, String comment, List<FieldChange> changes) {

    public AuditRecord {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A change of a request, for its timeline. */
    public AuditRecord(long requestId, String requestReference, AuditActor actor, Instant occurredAt, String action,
                       String fromStatus, String toStatus, String comment, List<FieldChange> changes) {
        this(AuditSubject.request(requestId, requestReference), actor, occurredAt, action, fromStatus, toStatus,
                comment, changes);
    }

    /** The request's id for a request entry, else {@code null}. */
    public Long requestId() {
        return subject != null && subject.isRequest() ? subject.id() : null;
    }

    public String requestReference() {
        return subject != null && subject.isRequest() ? subject.label() : null;
    }
}
