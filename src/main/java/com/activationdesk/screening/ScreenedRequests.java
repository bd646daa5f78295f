package com.activationdesk.screening;

/**
 * The port through which screening reaches requests without depending on the request module (which depends on
 * screening); the request module implements it.
 */
public interface ScreenedRequests {

    /** The request in the logged-in user's data scope; {@code NotFoundException} otherwise. */
    ScreenedRequest visible(long requestId);

    /** Rejects the request as the logged-in CAM/DAM after a confirmed match, with a reason that tips nobody off. */
    void rejectForConfirmedMatch(long requestId);
}
