package com.activationdesk.api.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed one-minute window per token, in memory: with several instances each counts its own calls, so a token
 * gets up to (limit × instances) per minute behind a load balancer (docs/api.md). Windows of idle tokens are
 * dropped when a new minute starts.
 */
final class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Clock clock;
    private final ConcurrentMap<Long, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** @return 0 when the call may go ahead, else the seconds until the token's window ends (for Retry-After) */
    long acquire(long tokenId) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / WINDOW.toSeconds();
        Window window = windows.compute(tokenId, (id, old) ->
                old == null || old.minute != minute ? new Window(minute, 1) : new Window(minute, old.calls + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute != minute);
        }
        if (window.calls <= limit) {
            return 0;
        }
        return (minute + 1) * WINDOW.toSeconds() - now.getEpochSecond();
    }

    private record Window(long minute, int calls) {
    }
}
