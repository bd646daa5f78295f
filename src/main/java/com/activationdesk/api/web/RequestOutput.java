package com.activationdesk.api.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.sla.SlaState;

/** What the API answers: requests, list pages, history and co-administration, with enums as their stable names. */
final class RequestOutput {

    private RequestOutput() {
    }

    /** One request as its caller may see it; {@code version} is also the ETag. */
    record Request(long id, String reference, long version, RequestStatus status, Party partner,
                   PartnerTier partnerTier, Party distributor, String responsibleManager, RequestInput data,
                   Instant createdAt, Instant updatedAt, Instant submittedAt, String lastComment, String tenantId,
                   Sla sla, Instant invitationSentAt, Instant invitationExpiresAt, Instant activatedAt,
                   List<RequestAction> allowedActions) {

        static Request of(RequestDetails d) {
            return new Request(d.id(), d.reference(), d.version(), d.status(), new Party(d.partnerId(), d.partnerName()),
                    d.partnerTier(), d.distributorId() == null ? null : new Party(d.distributorId(), d.distributorName()),
                    d.responsibleManagerName(), RequestInput.of(d.data(), d.distributorId()), d.createdAt(),
                    d.updatedAt(), d.submittedAt(), d.lastComment(), d.tenantId(),
                    new Sla(d.slaState(), d.slaDueAt(), d.slaWorkingTimeLeft()), d.invitationSentAt(),
                    d.invitationExpiresAt(), d.activatedAt(), d.allowedActions());
        }
    }

    /** A request with its history (as the caller's role may see it) and its tenant's co-administrators. */
    record RequestWithHistory(Request request, List<HistoryEntry> history, CoAdministration coAdministration) {
    }

    record Party(long id, String name) {
    }

    record Sla(SlaState state, Instant dueAt, Duration workingTimeLeft) {
    }

    record HistoryEntry(Instant at, String action, String fromStatus, String toStatus, String actorRole,
                        String actorOrganization, String actorEmail, String comment) {

        static HistoryEntry of(AuditEntryView e) {
            return new HistoryEntry(e.occurredAt(), e.action(), e.fromStatus(), e.toStatus(), e.actor().role(),
                    e.actor().organizationName(), e.actor().email(), e.comment());
        }
    }

    /** @param me whether the calling partner user co-administers the tenant; {@code null} for other roles */
    record CoAdministration(Boolean me, List<CoAdministrator> administrators) {
    }

    record CoAdministrator(String email, String displayName, Instant addedAt) {

        static CoAdministrator of(CoAdministratorRow row) {
            return new CoAdministrator(row.email(), row.displayName(), row.addedAt());
        }
    }

    /** One grid line. */
    record Row(long id, String reference, RequestStatus status, String customerName, String country,
               String adminEmail, String partnerName, PartnerTier partnerTier, String distributorName,
               Platform platform, SlaState slaState, Instant slaDueAt, Instant invitationExpiresAt,
               Instant submittedAt, Instant updatedAt) {

        static Row of(RequestRow r) {
            return new Row(r.id(), r.reference(), r.status(), r.customerName(), r.country(), r.adminEmail(),
                    r.partnerName(), r.partnerTier(), r.distributorName(), r.platform(), r.slaState(), r.slaDueAt(),
                    r.invitationExpiresAt(), r.submittedAt(), r.updatedAt());
        }
    }

    /** @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page */
    record Page(List<Row> items, String nextCursor) {
    }

    /** The findings of a validation without saving: {@code valid} when none of them blocks submission. */
    record Validation(boolean valid, List<Finding> problems) {
    }

    record Finding(String field, String code, String message, boolean blocking) {
    }
}
