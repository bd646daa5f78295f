package com.activationdesk.request.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.sla.SlaState;
import org.springframework.modulith.NamedInterface;

/** A request as its viewer may see it, with the actions the viewer may take now (from the workflow table). */
@NamedInterface("details")
public record RequestDetails(long id, long version, String reference, RequestStatus status, CustomerData data,
                             long partnerId, String partnerName, PartnerTier partnerTier,
                             Long distributorId, String distributorName,
                             Long responsibleManagerId, String responsibleManagerName, String responsibleManagerEmail,
                             Instant createdAt, Instant updatedAt, Instant submittedAt, String lastComment,
                             Instant exportControlConfirmedAt, String tenantId,
                             SlaState slaState, Instant slaDueAt, Duration slaWorkingTimeLeft,
                             Instant invitationSentAt, Instant invitationExpiresAt,
                             Instant activatedAt, String termsVersion, Instant termsAcceptedAt,
                             List<RequestAction> allowedActions) {

    public boolean may(RequestAction action) {
        return allowedActions.contains(action);
    }
}
