package com.activationdesk.request.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.screening.ScreeningAudit;
import com.activationdesk.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What the detail view tells its viewer beyond the request's data: whom the partner asks first, and the reason or
 * question that led to the current status. Decided here, so the view only renders.
 */
@Service
public class RequestGuidance {

    /** Moves that come with a reason the next person must read. */
    private static final Set<String> REASON_ACTIONS = Set.of(RequestAction.RETURN.name(),
            RequestAction.ASK_MANAGER.name(), RequestAction.REJECT.name());

    private final CurrentUser currentUser;
    private final OrganizationService organizations;

    RequestGuidance(CurrentUser currentUser, OrganizationService organizations) {
        this.currentUser = currentUser;
        this.organizations = organizations;
    }

    /**
     * "Wenden Sie sich zunächst an Ihren CAM/DAM", for the users of the requesting partner only (empty for anyone
     * else): the responsible manager once assigned; before that the partner's CAM (tier 1) or the DAMs of its
     * distributors, narrowed to the chosen distributor's. An empty list means nobody is assigned yet.
     */
    public Optional<List<ContactPerson>> firstContacts(RequestDetails details) {
        if (currentUser.require().organizationId() != details.partnerId()) {
            return Optional.empty();
        }
        boolean tier1 = details.partnerTier() == PartnerTier.TIER_1;
        if (details.responsibleManagerName() != null) {
            return Optional.of(List.of(new ContactPerson(details.responsibleManagerName(),
                    details.responsibleManagerEmail(), (tier1 ? Role.CAM : Role.DAM).messageKey(), null)));
        }
        return Optional.of(organizations.firstContacts(details.partnerId()).stream()
                .filter(c -> tier1 || details.distributorName() == null
                        || details.distributorName().equals(c.viaDistributor()))
                .toList());
    }

    /**
     * The return reason, Cloud Ops question or rejection reason behind the current status, so whoever acts next
     * reads it first; empty when the last move came without one. Older reasons stay in the timeline.
     *
     * @param timeline the request's audit entries, newest first
     */
    public Optional<AuditEntryView> currentReason(List<AuditEntryView> timeline) {
        return timeline.stream()
                .filter(entry -> !ScreeningAudit.isScreeningAction(entry.action()))
                .filter(entry -> entry.fromStatus() == null || !entry.fromStatus().equals(entry.toStatus()))
                .findFirst()
                .filter(entry -> REASON_ACTIONS.contains(entry.action()) && entry.comment() != null);
    }
}
