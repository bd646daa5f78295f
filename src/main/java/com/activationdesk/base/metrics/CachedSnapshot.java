package com.activationdesk.base.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The last value of a query, re-read at most once per {@code maxAge}. Gauges read it on every scrape, and several
 * gauges read one snapshot: without it a scrape would run one query per gauge, and a scraper polling every second
 * would put that load on the database.
 */
public final class CachedSnapshot<T> {

    private final Supplier<T> query;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant readAt;

    public CachedSnapshot(Supplier<T> query, Duration maxAge, Clock clock) {
        this.query = query;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
            value = query.get();
            readAt = now;
        }
        return value;
    }
}
