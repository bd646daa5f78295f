package com.activationdesk.organization.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" requests per client address: at most {@code activationdesk.password-reset.address-max-requests}
 * (default 10) in a fixed window of {@code activationdesk.password-reset.address-window} (default 1 h), whatever
 * the e-mail typed. Counted in the database, so every instance sees the same numbers.
 */
@Component
class ResetRequestLimit {

    private final JdbcClient jdbc;
    private final int maxRequests;
    private final Duration window;

    ResetRequestLimit(JdbcClient jdbc,
                      @Value("${activationdesk.password-reset.address-max-requests:10}") int maxRequests,
                      @Value("${activationdesk.password-reset.address-window:1h}") Duration window) {
        if (maxRequests < 1 || !window.isPositive()) {
            throw new IllegalArgumentException("activationdesk.password-reset.address-max-requests must be at least 1"
                    + " and activationdesk.password-reset.address-window positive");
        }
        this.jdbc = jdbc;
        this.maxRequests = maxRequests;
        this.window = window;
    }

    /**
     * Counts this request of the address.
     *
     * @return whether the address is over its limit now (then no mail goes out)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean countAndCheck(String address, Instant now) {
        // MariaDB assigns left to right: requests is decided on the window start before it is moved.
        jdbc.sql("""
                        INSERT INTO password_reset_address_limit (address, requests, window_started_at)
                        VALUES (:address, 1, :now)
                        ON DUPLICATE KEY UPDATE
                            requests = IF(window_started_at <= :windowStart, 1, requests + 1),
                            window_started_at = IF(window_started_at <= :windowStart, :now, window_started_at)""")
                .param("address", address).param("now", utc(now)).param("windowStart", utc(now.minus(window)))
                .update();
        int requests = jdbc.sql("SELECT requests FROM password_reset_address_limit WHERE address = ?")
                .param(address).query(Integer.class).single();
        return requests > maxRequests;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
