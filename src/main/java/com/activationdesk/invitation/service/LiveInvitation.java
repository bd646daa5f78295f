package com.activationdesk.invitation.service;

import java.time.Instant;

/** What the activation page shows for a live link; the e-mail becomes the administrator's login. */
public record LiveInvitation(long invitationId, long requestId, String customerName,
                             String partnerName, String adminEmail, Instant expiresAt) {
}
