package com.activationdesk.request.service;

import java.time.LocalDate;
import java.util.Set;

import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.sla.SlaState;

/**
 * The grid's filter; empty sets and {@code null}s do not restrict. The data scope is never part of it: it is
 * added by the service from the logged-in user.
 *
 * @param text matches the start of the reference, of the administrator e-mail, or of a word of the customer name
 */
public record RequestFilter(Set<RequestStatus> statuses, Set<SlaState> slaStates, Long partnerId, Long distributorId,
                            Set<Platform> platforms, String country, LocalDate submittedFrom, LocalDate submittedTo,
                            String text) {

    public RequestFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        slaStates = slaStates == null ? Set.of() : Set.copyOf(slaStates);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        text = text == null || text.isBlank() ? null : text.trim();
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null, null, null, null);
    }

    public RequestFilter withStatuses(Set<RequestStatus> newStatuses) {
        return new RequestFilter(newStatuses, slaStates, partnerId, distributorId, platforms, country, submittedFrom,
                submittedTo, text);
    }

    public RequestFilter withSlaStates(Set<SlaState> newSlaStates) {
        return new RequestFilter(statuses, newSlaStates, partnerId, distributorId, platforms, country, submittedFrom,
                submittedTo, text);
    }
}
