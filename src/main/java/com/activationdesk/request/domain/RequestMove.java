package com.activationdesk.request.domain;

/**
 * What one of {@link ActivationRequest}'s intent methods did, for the audit entry and the event.
 *
 * @param comment the trimmed comment, or {@code null} when none was given
 */
public record RequestMove(RequestAction action, RequestStatus from, RequestStatus to, String comment) {
}
