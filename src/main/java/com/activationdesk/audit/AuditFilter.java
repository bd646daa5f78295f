package com.activationdesk.audit;

import java.time.Instant;

/**
 * Criteria of the global audit log; {@code null} or blank means "any". All given criteria must match.
 *
 * @param reference   entries whose subject's label starts with this (case-insensitive): a request's reference,
 *                    a user's e-mail, an organisation's name, an imported file's name, a mail's recipient
 * @param actorEmail  entries by exactly this e-mail (case-insensitive), also those by this user through an API
 *                    token ("… via API, token …")
 * @param action      entries with exactly this action code (case-insensitive)
 * @param from        entries that occurred at or after this instant (inclusive)
 * @param to          entries that occurred before this instant (exclusive)
 * @param subjectType entries about this kind of subject
 */
public record AuditFilter(String reference, String actorEmail, String action, Instant from, Instant to,
                          AuditSubjectType subjectType) {
}
