package com.activationdesk.invitation;

import java.time.Instant;

/**
 * A new invitation link exists and must be mailed to the tenant administrator. Published inside the transaction
 * that created the link (the one that moved the request to INVITATION_SENT); the mail module records the mail in
 * its outbox in that same transaction, so there is never a link without its mail or a mail without its link.
 * It carries no token: the link's secret is minted only when the mail is handed to SMTP
 * ({@link ActivationLinkIssuer}).
 *
 * @param recipientLanguage {@code de} or {@code en}
 * @param recipientName     the tenant administrator's first and last name
 * @param partnerName       the requesting partner company
 * @param requestedByName   the partner user who created the request (the customer's contact at the partner)
 * @param expiresAt         the end of the link's 72 hours
 */
public record InvitationMailDue(long invitationId, long requestId, String reference, String recipientEmail,
                                String recipientLanguage, String recipientName, String customerName,
                                String partnerName, String requestedByName, Instant expiresAt) {
}
