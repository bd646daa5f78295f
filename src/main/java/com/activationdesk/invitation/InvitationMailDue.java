package com.activationdesk.invitation;

import java.time.Instant;

/**
 * An invitation link was made and its mail must go to the tenant administrator. Published inside the
 * transaction that created the link; the mail module turns it into an outbox entry in the same transaction.
 */
public record InvitationMailDue(long invitationId, long requestId, String reference, String recipientEmail,
                                String recipientLanguage, String recipientName, String customerName,
                                String partnerName, String requestedByName, String activationUrl,
                                Instant expiresAt) {
}
