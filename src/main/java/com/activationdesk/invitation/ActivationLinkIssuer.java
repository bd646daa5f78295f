package com.activationdesk.invitation;

import java.util.Optional;

/**
 * Mints the secret of an invitation link at the moment its mail is handed to SMTP, so the raw token exists only in
 * memory and in the recipient's mailbox (docs/activation-tokens.md). Each call makes a new token and stores only
 * its hash in place of the previous one: of all the copies a retried delivery may have sent, only the newest link
 * works.
 */
public interface ActivationLinkIssuer {

    /**
     * Commits the new token's hash in a transaction of its own, before the caller talks to SMTP.
     *
     * @return the full activation URL with the new raw token, or empty if the invitation can no longer be used
     *         (expired, used, replaced by a resend, or the request no longer waits for activation)
     */
    Optional<String> issue(long invitationId);
}
