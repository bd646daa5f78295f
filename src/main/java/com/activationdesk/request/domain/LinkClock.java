package com.activationdesk.request.domain;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** The invitation link's clock: 72 hours of wall-clock time from sending, weekends included (vendor letter). */
@NamedInterface("link-clock")
public final class LinkClock {

    public static final Duration VALIDITY = Duration.ofHours(72);

    private LinkClock() {
    }

    public static Instant expiresAt(Instant sentAt) {
        return sentAt.plus(VALIDITY);
    }

    public static boolean isExpired(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }
}
