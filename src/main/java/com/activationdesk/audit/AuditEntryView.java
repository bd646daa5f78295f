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

    /**
     * The entry as a viewer outside the vendor may see it: the comment, the field changes and who it was (user id
     * and e-mail; role and organisation stay) each kept only if allowed.
     */
    public AuditEntryView redacted(boolean keepComment, boolean keepChanges, boolean keepActorIdentity) {
        AuditActor shownActor = keepActorIdentity ? actor
                : new AuditActor(null, null, actor.role(), actor.organizationId(), actor.organizationName());
        return new AuditEntryView(id, requestId, requestReference, occurredAt, shownActor, action, fromStatus, toStatus,
                keepComment ? comment : null, keepChanges ? changes : List.of());
    }
}
