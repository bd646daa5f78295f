package com.activationdesk.screening;

import java.util.List;
import java.util.Optional;

/**
 * The port through which screening reaches requests without depending on the request module (which depends on
 * screening); the request module implements it.
 */
public interface ScreenedRequests {

    /** The request in the logged-in user's data scope; {@code NotFoundException} otherwise. */
    ScreenedRequest visible(long requestId);

    /**
     * Locks the request's row until the caller's transaction ends, as every change of a request does first: a
     * screening decision takes it before the audit chain head (see {@link RequestScreening#decide}).
     */
    void lock(long requestId);

    /** Rejects the request as the logged-in CAM/DAM after a confirmed match, with a reason that tips nobody off. */
    void rejectForConfirmedMatch(long requestId);

    /** Every request a list update re-screens: submitted and still open, or activated; oldest first. */
    List<RescreenTarget> rescreenTargets();

    /** The request as the screening sees it, for a job (no user, no data scope); empty if it is gone. */
    Optional<ScreenedRequest> find(long requestId);

    /** @param activated whether the request's tenant is live (a new match on it alerts Cloud Ops and the CAM/DAM) */
    record RescreenTarget(long requestId, boolean activated) {
    }
}
