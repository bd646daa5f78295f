package com.activationdesk.request.service;

import java.time.LocalDate;
import java.util.Set;

import com.activationdesk.request.domain.LinkClock;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.screening.ScreeningState;
import com.activationdesk.sla.SlaState;
import org.springframework.modulith.NamedInterface;

/**
 * The grid's filter; empty sets and {@code null}s do not restrict. The data scope is never part of it: it is
 * added by the service from the logged-in user.
 *
 * @param dateField                    the date {@code dateFrom}/{@code dateTo} apply to (whole days in the business
 *                                     zone, both inclusive); never {@code null}, submission by default
 * @param invitationExpiresWithinHours only invitations still valid now that expire within this many hours
 *                                     (1 to 72, the link's validity; anything else does not restrict)
 * @param text                         matches the start of the reference, of the administrator e-mail, or of a
 *                                     word of the customer name
 * @param withoutMeAsCoAdministrator   only requests that do not have the logged-in user as co-administrator
 * @param screeningStates              the state of the latest export-control screening; only CAM/DAM, Cloud Ops
 *                                     and admins may set it (the query refuses it for anyone else)
 */
@NamedInterface("filter")
public record RequestFilter(Set<RequestStatus> statuses, Set<SlaState> slaStates, Long partnerId, Long distributorId,
                            Set<Platform> platforms, String country, RequestDate dateField, LocalDate dateFrom,
                            LocalDate dateTo, Integer invitationExpiresWithinHours, String text,
                            boolean withoutMeAsCoAdministrator, Set<ScreeningState> screeningStates) {

    public RequestFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        slaStates = slaStates == null ? Set.of() : Set.copyOf(slaStates);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        screeningStates = screeningStates == null ? Set.of() : Set.copyOf(screeningStates);
        text = text == null || text.isBlank() ? null : text.trim();
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
        dateField = dateField == null ? RequestDate.SUBMITTED : dateField;
        if (invitationExpiresWithinHours != null
                && (invitationExpiresWithinHours < 1 || invitationExpiresWithinHours > LinkClock.VALIDITY.toHours())) {
            invitationExpiresWithinHours = null;
        }
    }

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false, null);
    }

    public RequestFilter withStatuses(Set<RequestStatus> newStatuses) {
        return new RequestFilter(newStatuses, slaStates, partnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator,
                screeningStates);
    }

    public RequestFilter withSlaStates(Set<SlaState> newSlaStates) {
        return new RequestFilter(statuses, newSlaStates, partnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator,
                screeningStates);
    }

    public RequestFilter withPartner(Long newPartnerId) {
        return new RequestFilter(statuses, slaStates, newPartnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator,
                screeningStates);
    }

    public RequestFilter withDistributor(Long newDistributorId) {
        return new RequestFilter(statuses, slaStates, partnerId, newDistributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator,
                screeningStates);
    }

    public RequestFilter withPlatforms(Set<Platform> newPlatforms) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, newPlatforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator,
                screeningStates);
    }

    public RequestFilter withCountry(String newCountry) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, platforms, newCountry, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator,
                screeningStates);
    }

    /** Both days inclusive; {@code null} leaves that end open. */
    public RequestFilter withDates(RequestDate field, LocalDate from, LocalDate to) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, platforms, country, field, from, to,
                invitationExpiresWithinHours, text, withoutMeAsCoAdministrator, screeningStates);
    }

    public RequestFilter withInvitationExpiringWithin(Integer hours) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, hours, text, withoutMeAsCoAdministrator, screeningStates);
    }

    public RequestFilter withText(String newText) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, newText, withoutMeAsCoAdministrator, screeningStates);
    }

    /** {@code true}: only requests the logged-in user is no co-administrator of. */
    public RequestFilter withoutMeAsCoAdministrator(boolean only) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, only, screeningStates);
    }

    /** Only CAM/DAM, Cloud Ops and admins may filter by screening state. */
    public RequestFilter withScreeningStates(Set<ScreeningState> newScreeningStates) {
        return new RequestFilter(statuses, slaStates, partnerId, distributorId, platforms, country, dateField,
                dateFrom, dateTo, invitationExpiresWithinHours, text, withoutMeAsCoAdministrator, newScreeningStates);
    }
}
