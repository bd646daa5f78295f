package com.activationdesk.api.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedHosts hosts (names or literal addresses) that may be on loopback, link-local or private networks
 *                     and may use plain http; none by default (tests allow 127.0.0.1)
 * @param timeout      how long one delivery may take (connect and answer)
 * @param maxAttempts  attempts before a delivery is given up (FAILED); with the backoff below, about 10 hours
 */
@ConfigurationProperties("activationdesk.webhooks")
record WebhookProperties(List<String> allowedHosts, Duration timeout, Integer maxAttempts) {

    /** The first retry after 30 s, doubling, at most an hour apart. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY = Duration.ofHours(1);

    WebhookProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxAttempts = maxAttempts == null ? 16 : maxAttempts;
    }

    Duration backoffAfter(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
