package com.activationdesk.request.service;

import java.time.Instant;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.TenantInvitation;
import com.activationdesk.request.domain.Workflow;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPolicy;

/** The request as {@link RequestDetails}: what its viewer sees, with the SLA state at {@code now}. */
final class RequestDetailsProjection {

    private RequestDetailsProjection() {
    }

    static RequestDetails of(ActivationRequest r, Actor viewer, Instant now, SlaPolicy slaPolicy) {
        Organization distributor = r.getDistributor();
        AppUser manager = r.getResponsibleManager();
        SlaClock sla = r.getSlaClock();
        TenantInvitation invitation = r.getInvitation();
        return new RequestDetails(r.getId(), r.getVersion(), r.getReference(), r.getStatus(), r.getData(),
                r.getPartner().getId(), r.getPartner().getName(), r.getPartnerTier(),
                distributor == null ? null : distributor.getId(), distributor == null ? null : distributor.getName(),
                manager == null ? null : manager.getId(), manager == null ? null : manager.getDisplayName(),
                manager == null ? null : manager.getEmail(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getSubmittedAt(), r.getLastComment(),
                r.getExportControlConfirmedAt(), invitation.getTenantId(),
                sla.stateAt(now), sla.getDueAt(), sla.workingTimeLeft(now, slaPolicy),
                invitation.getSentAt(), invitation.getExpiresAt(),
                invitation.getActivatedAt(), invitation.getTermsVersion(), invitation.getTermsAcceptedAt(),
                Workflow.allowedActions(r, viewer));
    }
}
