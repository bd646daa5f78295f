package com.activationdesk.base.securitylog;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes security events to the logger {@value #LOGGER_NAME} as key-value pairs (who, what, from which address,
 * when, detail), so a JSON log encoder turns them into fields. Callers pass no password and no token: the detail
 * is a short reason such as "bad credentials" or "expired".
 */
@Component
public class SecurityEventLog {

    public static final String LOGGER_NAME = "security-events";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final Clock clock;

    SecurityEventLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param who     the account's e-mail address as typed or known, {@code null} when unknown
     * @param address the client address, {@code null} outside an HTTP request (jobs)
     * @param detail  a short reason, never a secret
     */
    public void record(SecurityEvent event, String who, String address, String detail) {
        LOG.atInfo()
                .addKeyValue("event", event.name())
                .addKeyValue("who", who)
                .addKeyValue("address", address)
                .addKeyValue("at", clock.instant())
                .addKeyValue("detail", detail)
                .log("security event {} who={} address={} detail={}", event, who, address, detail);
    }
}
