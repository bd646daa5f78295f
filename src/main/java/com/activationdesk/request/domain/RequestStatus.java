package com.activationdesk.request.domain;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/** Where a request stands. The moves between them are defined only in {@link Workflow}. */
@NamedInterface("status")
public enum RequestStatus {
    DRAFT,
    AT_DISTRIBUTOR,
    IN_REVIEW,
    RETURNED,
    AT_CLOUD_OPS,
    INVITATION_SENT,
    INVITATION_EXPIRED,
    RESEND_REQUESTED,
    ACTIVATED,
    REJECTED,
    WITHDRAWN;

    /** Nothing moves out of these. */
    public static final Set<RequestStatus> FINAL = EnumSet.of(REJECTED, WITHDRAWN);

    /** A request in one of these blocks its administrator e-mail and counts for the duplicate-customer warning. */
    public static final Set<RequestStatus> OPEN_OR_ACTIVATED = EnumSet.complementOf(EnumSet.of(REJECTED, WITHDRAWN));

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public String messageKey() {
        return "request.status." + name();
    }
}
