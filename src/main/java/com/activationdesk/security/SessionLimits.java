package com.activationdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a logged-in session may live: {@code inactivity} without a user action (heartbeats of an open tab do
 * not count), and {@code absolute} since the login, however active the user is.
 */
record SessionLimits(Duration inactivity, Duration absolute) {

    static final String INACTIVITY = "inactivity timeout";
    static final String ABSOLUTE = "absolute timeout";

    /** Why a session started at {@code loggedInAt} and last used at {@code lastActivity} is over, if it is. */
    Optional<String> exceeded(Instant loggedInAt, Instant lastActivity, Instant now) {
        if (!now.isBefore(loggedInAt.plus(absolute))) {
            return Optional.of(ABSOLUTE);
        }
        if (!now.isBefore(lastActivity.plus(inactivity))) {
            return Optional.of(INACTIVITY);
        }
        return Optional.empty();
    }
}
