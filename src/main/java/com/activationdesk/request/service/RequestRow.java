package com.activationdesk.request.service;

import java.time.Instant;

import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.sla.SlaState;
import org.springframework.modulith.NamedInterface;


/** One grid line: everything the columns show, read by one SELECT per page. */
@NamedInterface("filter")
public record RequestRow(long id, String reference, String customerName, String country, String adminEmail,
                         String partnerName, PartnerTier partnerTier, String distributorName, Platform platform,
                         RequestStatus status, SlaState slaState, Instant slaDueAt, Instant invitationExpiresAt,
                         Instant submittedAt, Instant updatedAt, String responsibleManagerName) {
}
