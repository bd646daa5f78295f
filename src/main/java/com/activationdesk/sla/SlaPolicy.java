package com.activationdesk.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * What an {@link SlaClock} needs to move: the calendar and the configured durations. Passed into the clock's
 * methods so the JPA embeddable never holds a Spring bean.
 */
public record SlaPolicy(BusinessCalendar calendar, Duration target, Duration atRiskBefore) {

    public SlaPolicy {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(atRiskBefore, "atRiskBefore");
    }
}
