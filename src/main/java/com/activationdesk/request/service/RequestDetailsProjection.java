package com.activationdesk.request.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantInvitation;
import com.activationdesk.request.domain.Workflow;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPolicy;

/**
 * The request as {@link RequestDetails}: what its viewer sees, with the SLA state at {@code now}. External roles
 * get their own projection (PROCESS.md, "Roles and what each one sees"), built here so the UI never holds more:
 * the last comment only where it is addressed to the viewer (a partner's return or reject reason; a Cloud Ops
 * question is internal); for distributors and customer admins no export-control confirmation and no staff
 * e-mail address; for the customer admin no SLA clock either (its tenant: status, activation, co-administrators).
 */
final class RequestDetailsProjection {

    private static final Set<Actor> VENDOR = EnumSet.of(Actor.ADMIN, Actor.CAM, Actor.DAM, Actor.CLOUD_OPS);
    private static final Set<RequestStatus> REASON_FOR_PARTNER = EnumSet.of(RequestStatus.RETURNED,
            RequestStatus.REJECTED);

    private RequestDetailsProjection() {
    }

    static RequestDetails of(ActivationRequest r, Actor viewer, Instant now, SlaPolicy slaPolicy) {
        Organization distributor = r.getDistributor();
        AppUser manager = r.getResponsibleManager();
        boolean vendorOrPartner = VENDOR.contains(viewer) || viewer == Actor.PARTNER;
        // the grid and the dashboards show every role but the customer admin the SLA state as well
        boolean withSla = viewer != Actor.CUSTOMER_ADMIN;
        SlaClock sla = r.getSlaClock();
        TenantInvitation invitation = r.getInvitation();
        return new RequestDetails(r.getId(), r.getVersion(), r.getReference(), r.getStatus(), r.getData(),
                r.getPartner().getId(), r.getPartner().getName(), r.getPartnerTier(),
                distributor == null ? null : distributor.getId(), distributor == null ? null : distributor.getName(),
                manager == null ? null : manager.getId(), manager == null ? null : manager.getDisplayName(),
                manager == null || !vendorOrPartner ? null : manager.getEmail(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getSubmittedAt(), lastComment(r, viewer),
                vendorOrPartner ? r.getExportControlConfirmedAt() : null, invitation.getTenantId(),
                withSla ? sla.stateAt(now) : null, withSla ? sla.getDueAt() : null,
                withSla ? sla.workingTimeLeft(now, slaPolicy) : null,
                invitation.getSentAt(), invitation.getExpiresAt(),
                invitation.getActivatedAt(), invitation.getTermsVersion(), invitation.getTermsAcceptedAt(),
                Workflow.allowedActions(r, viewer));
    }

    private static String lastComment(ActivationRequest r, Actor viewer) {
        if (VENDOR.contains(viewer)) {
            return r.getLastComment();
        }
        return viewer == Actor.PARTNER && REASON_FOR_PARTNER.contains(r.getStatus()) ? r.getLastComment() : null;
    }
}
