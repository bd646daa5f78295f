package com.activationdesk.request;

import java.time.Instant;

/**
 * A request's running SLA clock passed its due instant. Published once per clock, like {@link SlaAtRisk}; a clock
 * already breached when first seen is published only as breached.
 */
public record SlaBreached(long requestId, String reference, Instant clockStartedAt, Instant dueAt) {
}
