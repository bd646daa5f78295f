package com.activationdesk.screening;

/** A reviewer's decision on a possible match. */
public enum MatchDecision {
    /** Not the listed party (the reason says why: other birth date, other country, ...). */
    NO_MATCH,
    /** The listed party: the request is rejected. */
    CONFIRMED
}
