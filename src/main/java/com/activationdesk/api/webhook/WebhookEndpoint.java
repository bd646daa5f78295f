package com.activationdesk.api.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A URL an organisation wants its requests' events at (changeset 047). */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private long organizationId;
    private String url;
    private String secret;
    @Column(name = "event_types")
    private String eventTypes;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(long organizationId, String url, String secret, Set<WebhookEventType> eventTypes,
                    Instant createdAt, String createdBy) {
        this.organizationId = organizationId;
        this.url = url;
        this.secret = secret;
        this.eventTypes = eventTypes.stream().map(WebhookEventType::wireName).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    boolean wants(WebhookEventType type) {
        return enabled && Arrays.asList(eventTypes.split(",")).contains(type.wireName());
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    String getEventTypes() {
        return eventTypes;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
