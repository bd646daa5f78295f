package com.activationdesk.dashboard.service;

import java.time.Instant;

import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.sla.SlaState;

/**
 * One request in a short list (oldest waiting, next due, next to expire).
 *
 * @param when the instant the list is about: submitted, SLA due or invitation expiry
 */
public record RequestItem(long id, String reference, String customerName, String partnerName, RequestStatus status,
                          SlaState slaState, Instant when) {

    /** The grid showing just this request (references are unique and of fixed length). */
    public RequestFilter filter() {
        return RequestFilter.none().withText(reference);
    }
}
