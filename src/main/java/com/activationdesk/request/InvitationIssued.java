package com.activationdesk.request;

import java.time.Instant;

/**
 * Cloud Ops provisioned the tenant (or resent the invitation): a new link must be made for the tenant
 * administrator, valid until {@code expiresAt}, and every earlier link of the request dies. Published inside
 * the transaction that moved the request to INVITATION_SENT.
 */
public record InvitationIssued(long requestId, String reference, String tenantId, String recipientEmail,
                               String recipientLanguage, String recipientName, String customerName,
                               long partnerId, Long requestedByUserId, Instant sentAt, Instant expiresAt) {
}
