package com.activationdesk.request.service;

import java.util.Map;

import com.activationdesk.request.domain.RequestStatus;
import org.springframework.modulith.NamedInterface;

/**
 * Requests of the user's scope per status; {@code paused}: per status, those whose SLA clock is paused. Statuses
 * without requests are missing.
 */
@NamedInterface("filter")
public record StatusCounts(Map<RequestStatus, Long> all, Map<RequestStatus, Long> paused) {

    public StatusCounts {
        all = Map.copyOf(all);
        paused = Map.copyOf(paused);
    }
}
