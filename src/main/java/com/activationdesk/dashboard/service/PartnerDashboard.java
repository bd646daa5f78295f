package com.activationdesk.dashboard.service;

import java.util.List;

import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.request.domain.RequestStatus;

/**
 * The partner's landing page: its requests per status, what waits for it, live invitations, and whom to ask.
 *
 * @param nextToExpire     live invitations, the one expiring first on top ({@link RequestItem#when} = expiry)
 */
public record PartnerDashboard(List<Bucket<RequestStatus>> byStatus, Counter returned, Counter invitationsSent,
                               Counter invitationsExpired, List<RequestItem> nextToExpire,
                               CoAdministration coAdministration, List<ContactPerson> contacts) {

    /**
     * Activated tenants of the partner that do not have the user as co-administrator yet. Not a grid filter (the
     * grid knows nothing of co-administrators), so the number links nowhere; the listed tenants do.
     */
    public record CoAdministration(Counter withoutMe, List<RequestItem> latest) {
    }
}
