package com.activationdesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock while demo requests may be seeded: the system clock for everyone, except on the seeding
 * thread inside {@link #at}, where it reads the instant the seeder chose. So a demo request forwarded "three working
 * days ago" gets its SLA due time from the services' own rules, as it would have then. Other threads (browser
 * requests, jobs) never see a shifted time.
 */
final class SeedingClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> seedingNow;

    SeedingClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private SeedingClock(Clock system, ThreadLocal<Instant> seedingNow) {
        this.system = system;
        this.seedingNow = seedingNow;
    }

    /** Runs {@code work} on this thread with the clock at {@code instant}. */
    <T> T at(Instant instant, Supplier<T> work) {
        Instant previous = seedingNow.get();
        seedingNow.set(instant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                seedingNow.remove();
            } else {
                seedingNow.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant seeding = seedingNow.get();
        return seeding != null ? seeding : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** Shares the seeding instant: services derive zoned clocks (e.g. the reference's year) from this one. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new SeedingClock(system.withZone(zone), seedingNow);
    }
}
