package com.activationdesk.dashboard.service;

import java.util.List;

import com.activationdesk.request.domain.RequestStatus;

/**
 * @param oldestWaiting requests to pass to the DAM, the one waiting longest on top ({@link RequestItem#when} =
 *                      submitted)
 */
public record DistributorDashboard(Counter waiting, Counter returned, List<RequestItem> oldestWaiting,
                                   List<Bucket<RequestStatus>> byStatus) implements Dashboard {
}
