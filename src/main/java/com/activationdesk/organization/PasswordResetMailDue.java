package com.activationdesk.organization;

import java.time.Instant;

/**
 * A user asked for a "forgot password" link: it must be mailed. Published inside the transaction that stored the
 * link's hash, so the mail module puts the mail into its outbox atomically with it.
 *
 * @param resetUrl the only place the secret exists outside the recipient's mailbox
 * @param language {@code de} or {@code en}
 */
public record PasswordResetMailDue(long resetId, String email, String name, String language, String resetUrl,
                                   Instant expiresAt) {
}
