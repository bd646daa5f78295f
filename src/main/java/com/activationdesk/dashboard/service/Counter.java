package com.activationdesk.dashboard.service;

import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSort;

/**
 * One number on a dashboard. With a filter, the number is exactly what the request grid counts for that filter
 * (same scope, same SQL conditions), and the grid opens in the given order; without one it links nowhere.
 */
public record Counter(long value, RequestFilter filter, RequestSort sort, boolean ascending) {

    static Counter of(long value, RequestFilter filter) {
        return new Counter(value, filter, RequestSort.UPDATED, false);
    }

    /** For work queues: the request waiting longest comes first. */
    static Counter oldestFirst(long value, RequestFilter filter) {
        return new Counter(value, filter, RequestSort.SUBMITTED, true);
    }

    static Counter sorted(long value, RequestFilter filter, RequestSort sort) {
        return new Counter(value, filter, sort, true);
    }

    static Counter unlinked(long value) {
        return new Counter(value, null, null, false);
    }

    public boolean linked() {
        return filter != null;
    }
}
