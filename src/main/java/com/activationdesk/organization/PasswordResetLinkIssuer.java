package com.activationdesk.organization;

import java.util.Optional;

/**
 * Mints the secret of a "forgot password" link at the moment its mail is handed to SMTP, so the raw token exists
 * only in memory and in the recipient's mailbox (docs/activation-tokens.md, as for invitation links). Each call
 * makes a new token and stores only its hash in place of the previous one: of all the copies a retried delivery
 * may have sent, only the newest link works.
 */
public interface PasswordResetLinkIssuer {

    /**
     * Commits the new token's hash in a transaction of its own, before the caller talks to SMTP.
     *
     * @return the full reset URL with the new raw token, or empty if the link can no longer be used (used,
     *         replaced by a newer request or a password change, expired, or the account was disabled)
     */
    Optional<String> issue(long resetId);
}
