package com.activationdesk.sla;

/** What the grid shows for a request's SLA; a request without a clock has no state ({@code null}). */
public enum SlaState {
    ON_TRACK,
    AT_RISK,
    BREACHED,
    MET,
    MISSED,
    PAUSED
}
