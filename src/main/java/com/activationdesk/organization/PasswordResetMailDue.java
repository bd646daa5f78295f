package com.activationdesk.organization;

import java.time.Instant;

/**
 * A user asked for a "forgot password" link: it must be mailed. Published inside the transaction that stored the
 * link, so the mail module puts the mail into its outbox atomically with it. Carries no secret: the link is minted
 * through {@link PasswordResetLinkIssuer} when the mail is handed to SMTP.
 *
 * @param language {@code de} or {@code en}
 */
public record PasswordResetMailDue(long resetId, String email, String name, String language, Instant expiresAt) {
}
