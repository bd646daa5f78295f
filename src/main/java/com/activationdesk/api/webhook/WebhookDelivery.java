package com.activationdesk.api.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event for one endpoint, with its delivery state (changeset 047). */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "endpoint_id")
    private long endpointId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "request_id")
    private long requestId;
    private String payload;
    private String status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_status_code")
    private Integer lastStatusCode;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String eventId, long endpointId, String eventType, long requestId, String payload, Instant now) {
        this.eventId = eventId;
        this.endpointId = endpointId;
        this.eventType = eventType;
        this.requestId = requestId;
        this.payload = payload;
        this.status = PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void delivered(int statusCode, Instant now) {
        attempts++;
        status = DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
    }

    /** A failed attempt: retried at {@code retryAt}, or given up ({@code null}). */
    void failed(Integer statusCode, String error, Instant retryAt) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        if (retryAt == null) {
            status = FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Sent again with the same event id, so a receiver that already has it ignores it. */
    void redeliver(Instant now) {
        status = PENDING;
        nextAttemptAt = now;
        deliveredAt = null;
    }

    Long getId() {
        return id;
    }

    String getEventId() {
        return eventId;
    }

    long getEndpointId() {
        return endpointId;
    }

    String getEventType() {
        return eventType;
    }

    long getRequestId() {
        return requestId;
    }

    String getPayload() {
        return payload;
    }

    String getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Integer getLastStatusCode() {
        return lastStatusCode;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }
}
