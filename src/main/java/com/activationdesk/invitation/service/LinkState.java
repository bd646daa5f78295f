package com.activationdesk.invitation.service;

/**
 * What an invitation link is worth now. Only {@link #LIVE} lets the tenant administrator in; the page shows the
 * same neutral text for every other state, so a guessed or old link reveals nothing. The distinction is kept for
 * the log and the tests.
 */
public enum LinkState {
    LIVE,
    /** No such token, or not even the shape of one. */
    UNKNOWN,
    /** The 72 hours are over. */
    EXPIRED,
    /** The tenant was activated with it. */
    USED,
    /** A resend made a newer link. */
    SUPERSEDED,
    /** The link is in time, but the request no longer waits for activation (e.g. a resend was requested). */
    REQUEST_NOT_WAITING
}
