package com.activationdesk.dashboard.service;

import java.util.Objects;

import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSort;

/**
 * One number on a dashboard: exactly what the request grid counts for its filter (same scope, same SQL
 * conditions), and the grid opens in the given order.
 */
public record Counter(long value, RequestFilter filter, RequestSort sort, boolean ascending) {

    public Counter {
        Objects.requireNonNull(filter, "every number on a dashboard links to the grid");
        Objects.requireNonNull(sort);
    }

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
}
