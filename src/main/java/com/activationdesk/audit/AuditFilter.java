package com.activationdesk.audit;

import java.time.Instant;

/**
 * Criteria of the global audit log; {@code null} or blank means "any". All given criteria must match.
 *
 * @param requestReference entries whose request reference starts with this (case-insensitive)
 * @param actorEmail       entries by exactly this e-mail (case-insensitive)
 * @param action           entries with exactly this action code (case-insensitive)
 * @param from             entries that occurred at or after this instant (inclusive)
 * @param to               entries that occurred before this instant (exclusive)
 */
public record AuditFilter(String requestReference, String actorEmail, String action, Instant from, Instant to) {
}
