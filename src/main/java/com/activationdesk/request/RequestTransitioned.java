package com.activationdesk.request;

import java.time.Instant;

import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;

/**
 * Published inside the transaction of every workflow move, after the audit entry; listeners (notifications,
 * invitations) record their own work in the same transaction.
 */
public record RequestTransitioned(long requestId, String reference, RequestAction action, RequestStatus from,
                                  RequestStatus to, Long actorUserId, String comment, Instant at) {
}
