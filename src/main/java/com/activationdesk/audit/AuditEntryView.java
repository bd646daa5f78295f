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

    /**
     * The entry as a viewer outside the vendor may see it: the comment, the field changes and who it was (user id
     * and e-mail; role and organisation stay) each kept only if allowed.
     */
    public AuditEntryView redacted(boolean keepComment, boolean keepChanges, boolean keepActorIdentity) {
        AuditActor shownActor = keepActorIdentity ? actor
                : new AuditActor(null, null, actor.role(), actor.organizationId(), actor.organizationName());
        return new AuditEntryView(id, requestId, requestReference, occurredAt, shownActor, action, fromStatus, toStatus,
                keepComment ? comment : null, keepChanges ? changes : List.of(), subject);
    }
}
