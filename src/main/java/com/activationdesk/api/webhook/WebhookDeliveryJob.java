package com.activationdesk.api.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.base.domain.FieldValidationException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due webhook deliveries, oldest first, each signed, outside any transaction; records the answer in a short
 * transaction per delivery. A 2xx is delivered; anything else (an error code, a time-out, a refused address) is
 * retried with backoff until the maximum attempts. Of one request, a delivery waits while an older one is pending,
 * so receivers get a request's events in order. One instance at a time (ShedLock).
 */
@Component
class WebhookDeliveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryJob.class);
    private static final int BATCH = 50;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookProperties properties;
    private final WebhookUrls urls;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;

    WebhookDeliveryJob(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
                       WebhookProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.properties = properties;
        this.urls = new WebhookUrls(properties);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The scheduled run, once across instances. Separate from {@link #deliverDue()}: ShedLock's method proxy refuses
     * a method with a primitive result ("Can not lock method returning primitive value", an ERROR every 10 s).
     */
    @Scheduled(fixedDelayString = "${activationdesk.jobs.webhook-delay:PT10S}")
    @SchedulerLock(name = "webhook-delivery")
    public void deliverDueOnce() {
        deliverDue();
    }

    /** @return how many deliveries were attempted */
    public int deliverDue() {
        List<WebhookDelivery> due = deliveries.findDue(clock.instant(), Limit.of(BATCH));
        // a request whose delivery failed in this run waits: its later events must not overtake it
        Set<String> held = new HashSet<>();
        for (WebhookDelivery delivery : due) {
            String order = delivery.getEndpointId() + "/" + delivery.getRequestId();
            if (!held.contains(order) && !attempt(delivery)) {
                held.add(order);
            }
        }
        return due.size();
    }

    private boolean attempt(WebhookDelivery delivery) {
        WebhookEndpoint endpoint = endpoints.findById(delivery.getEndpointId()).orElse(null);
        if (endpoint == null) {
            return true; // deleted with its deliveries after this batch was read: nothing left to send or record
        }
        Integer code = null;
        String error;
        try {
            URI uri = urls.check(endpoint.getUrl());
            long timestamp = clock.instant().getEpochSecond();
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("Webhook-Id", delivery.getEventId())
                    .header("Webhook-Timestamp", Long.toString(timestamp))
                    .header("Webhook-Signature", WebhookSignature.of(endpoint.getSecret(), timestamp, delivery.getPayload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload())).build(),
                    HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
            if (code / 100 == 2) {
                int status = code;
                record(delivery, d -> d.delivered(status, clock.instant()));
                return true;
            }
            error = "HTTP " + code;
        } catch (FieldValidationException refused) {
            error = "refused address: " + refused.getMessageKey();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        Integer status = code;
        String reason = error;
        Instant retryAt = delivery.getAttempts() + 1 >= properties.maxAttempts() ? null
                : clock.instant().plus(properties.backoffAfter(delivery.getAttempts() + 1));
        record(delivery, d -> d.failed(status, reason, retryAt));
        LOG.warn("Webhook {} to endpoint {} failed (attempt {}): {}", delivery.getEventId(), endpoint.getId(),
                delivery.getAttempts() + 1, error);
        return false;
    }

    private void record(WebhookDelivery delivery, java.util.function.Consumer<WebhookDelivery> change) {
        transaction.executeWithoutResult(status -> deliveries.findById(delivery.getId()).ifPresent(fresh -> {
            change.accept(fresh);
            deliveries.save(fresh);
        }));
    }
}
