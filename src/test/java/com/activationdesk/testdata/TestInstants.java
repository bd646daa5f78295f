package com.activationdesk.testdata;

import java.time.Instant;

/**
 * Fixed instants of one ordinary working week (7–11 December 2026, no holiday, Berlin on winter time UTC+1), so
 * SLA due times, expiry times and dashboard buckets can be stated exactly. Tests set the test clock to them.
 */
public final class TestInstants {

    /** Monday 7 December 2026, 09:00 in Berlin: the start of the working week. */
    public static final Instant MONDAY_0900 = Instant.parse("2026-12-07T08:00:00Z");
    /** Tuesday 8 December 2026, 14:00 in Berlin. */
    public static final Instant TUESDAY_1400 = Instant.parse("2026-12-08T13:00:00Z");
    /** Wednesday 9 December 2026, 10:00 in Berlin. */
    public static final Instant WEDNESDAY_1000 = Instant.parse("2026-12-09T09:00:00Z");

    private TestInstants() {
    }
}
