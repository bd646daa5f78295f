package com.activationdesk.api.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the API keeps what it only needs for a while (docs/api.md, "Retention").
 *
 * @param idempotency       an Idempotency-Key's stored answer is deleted this long after the first call; a retry
 *                          later than this is treated as a new call
 * @param webhookDeliveries a delivered webhook delivery is deleted this long after its delivery, a given-up
 *                          (FAILED) one this long after its last attempt; pending ones are never deleted
 */
@ConfigurationProperties("activationdesk.api.retention")
public record ApiRetention(@DefaultValue("24h") Duration idempotency, @DefaultValue("30d") Duration webhookDeliveries) {

    public ApiRetention {
        if (!idempotency.isPositive() || !webhookDeliveries.isPositive()) {
            throw new IllegalArgumentException("activationdesk.api.retention.idempotency and .webhook-deliveries "
                    + "must be positive, were " + idempotency + " and " + webhookDeliveries);
        }
    }
}
