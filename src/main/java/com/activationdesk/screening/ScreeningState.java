package com.activationdesk.screening;

/**
 * Where a request stands in the export-control screening, from its latest screening; what the grid and the
 * dashboards filter by. Only CAM/DAM, Cloud Ops and admins may filter by it (no tipping off).
 */
public enum ScreeningState {
    /** Never screened: a draft, or submitted before screening existed. */
    NOT_SCREENED,
    /** The latest screening found no match. */
    NO_MATCHES,
    /** At least one match of the latest screening waits for a CAM/DAM's decision. */
    UNDECIDED,
    /** Every match of the latest screening was decided "no match". */
    CLEARED,
    /** A match was confirmed (the request was rejected). */
    CONFIRMED;

    public String messageKey() {
        return "screening.state." + name();
    }
}
