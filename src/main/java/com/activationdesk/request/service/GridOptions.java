package com.activationdesk.request.service;

import java.util.EnumSet;
import java.util.Optional;

import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.RequestStatus;
import org.springframework.modulith.NamedInterface;


/**
 * What the request grid offers a role, decided here so the view only renders: its default view ("needs my
 * action", "to pass on", …), whether it creates requests and filters by its own co-administration, and which
 * columns tell it something (a partner sees only its own requests, so a partner column would be noise).
 *
 * @param preset           the role's default view, or {@code null} for the plain grid
 * @param mayCreate        partners create requests
 * @param coAdminFilter    only partner users can be co-administrators of a tenant
 * @param screeningFilter  the roles that see screening results filter by screening state; the others must not
 *                         learn of a match (the query refuses the filter for them as well)
 */
@NamedInterface("filter")
public record GridOptions(GridPreset preset, boolean mayCreate, boolean coAdminFilter, boolean showPartner,
                          boolean showDistributor, boolean showSla, boolean showManager, boolean screeningFilter) {

    public Optional<GridPreset> defaultView() {
        return Optional.ofNullable(preset);
    }

    static GridOptions of(Role role) {
        return new GridOptions(preset(role), role == Role.PARTNER, role == Role.PARTNER, role != Role.PARTNER,
                role != Role.DISTRIBUTOR && role != Role.CAM, role != Role.CUSTOMER_ADMIN,
                role != Role.CAM && role != Role.DAM,
                role == Role.CAM || role == Role.DAM || role == Role.CLOUD_OPS || role == Role.ADMIN);
    }

    private static GridPreset preset(Role role) {
        return switch (role) {
            case PARTNER -> new GridPreset(RequestFilter.none().withStatuses(EnumSet.of(RequestStatus.DRAFT,
                    RequestStatus.RETURNED, RequestStatus.AT_DISTRIBUTOR, RequestStatus.IN_REVIEW,
                    RequestStatus.AT_CLOUD_OPS, RequestStatus.INVITATION_SENT, RequestStatus.INVITATION_EXPIRED,
                    RequestStatus.RESEND_REQUESTED)), RequestSort.UPDATED, false);
            case DISTRIBUTOR -> new GridPreset(RequestFilter.none().withStatuses(EnumSet.of(RequestStatus.AT_DISTRIBUTOR)),
                    RequestSort.SUBMITTED, true);
            case CAM, DAM -> new GridPreset(RequestFilter.none().withStatuses(
                    EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.INVITATION_EXPIRED)), RequestSort.SUBMITTED, true);
            case CLOUD_OPS -> new GridPreset(RequestFilter.none().withStatuses(
                    EnumSet.of(RequestStatus.AT_CLOUD_OPS, RequestStatus.RESEND_REQUESTED)), RequestSort.SLA_DUE, true);
            case ADMIN, CUSTOMER_ADMIN -> null;
        };
    }
}
