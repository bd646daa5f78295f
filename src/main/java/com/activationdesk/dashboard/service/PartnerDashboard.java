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
                               CoAdministration coAdministration, List<ContactPerson> contacts) implements Dashboard {

    /**
     * Activated tenants of the partner that do not have the user as co-administrator yet: the number links to the
     * grid filtered to exactly these ({@code coadmin=missing}), and the latest few are listed.
     *
     * @param activated all activated tenants of the partner: with none, "co-administrator of all" would be empty praise
     */
    public record CoAdministration(Counter withoutMe, List<RequestItem> latest, long activated) {
    }
}
