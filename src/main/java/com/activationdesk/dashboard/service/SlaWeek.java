package com.activationdesk.dashboard.service;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Cloud Ops' SLA performance in one week (Monday to Sunday in the business zone) of sending invitations.
 *
 * @param invited           the week's invitations with a verdict: MET and MISSED together, the rows behind the median
 * @param medianWorkingTime median working time (business calendar, pauses excluded) from arrival at Cloud Ops
 *                          to the invitation; {@code null} without invitations that week
 */
public record SlaWeek(LocalDate monday, Counter met, Counter missed, Counter invited, Duration medianWorkingTime) {

    /** Share of invitations sent in time, 0 to 100; {@code null} without invitations. */
    public Integer metPercent() {
        long total = invited.value();
        return total == 0 ? null : (int) Math.round(100.0 * met.value() / total);
    }
}
