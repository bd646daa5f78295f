package com.activationdesk.request;

import java.time.Instant;

/**
 * A request's running SLA clock became at risk: only the at-risk margin of working time is left. Published once per
 * clock (a resend starts a new clock, {@code clockStartedAt}), inside the transaction that records it; listeners
 * queue their work in the same transaction.
 */
public record SlaAtRisk(long requestId, String reference, Instant clockStartedAt, Instant dueAt) {
}
