package com.activationdesk.sla;

/** Stored phase of an {@link SlaClock} (column {@code sla_phase}); the finer running states are derived from times. */
public enum SlaPhase {
    RUNNING,
    PAUSED,
    MET,
    MISSED
}
