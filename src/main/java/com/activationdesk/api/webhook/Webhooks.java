package com.activationdesk.api.webhook;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's webhook endpoints and their delivery log. Partners and distributors manage their own
 * organisation's endpoints; another organisation's endpoint is not found, like an unknown one.
 */
@Service
@Transactional
@EnableConfigurationProperties(WebhookProperties.class)
public class Webhooks {

    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 200;
    private static final int MAX_URL = 500;
    private static final int LOG_SIZE = 100;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookUrls urls;
    private final CurrentUser currentUser;
    private final Clock clock;

    Webhooks(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
             WebhookProperties properties, CurrentUser currentUser, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.urls = new WebhookUrls(properties);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    public EndpointView register(String url, String secret, Set<String> eventTypes) {
        if (url == null || url.length() > MAX_URL) {
            throw new FieldValidationException("url", "api.webhook.error.url");
        }
        urls.check(url);
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            throw new FieldValidationException("secret", "api.webhook.error.secret", MIN_SECRET, MAX_SECRET);
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : eventTypes == null ? Set.<String>of() : eventTypes) {
            types.add(WebhookEventType.ofWireName(name)
                    .orElseThrow(() -> new FieldValidationException("eventTypes", "api.webhook.error.event-type", name)));
        }
        if (types.isEmpty()) {
            throw new FieldValidationException("eventTypes", "validation.required");
        }
        UserPrincipal user = currentUser.require();
        return view(endpoints.save(new WebhookEndpoint(user.organizationId(), url.trim(), secret, types,
                clock.instant(), user.auditName())));
    }

    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<EndpointView> list() {
        return endpoints.findByOrganizationIdOrderByIdDesc(currentUser.require().organizationId()).stream()
                .map(Webhooks::view).toList();
    }

    /** Stops deliveries to the endpoint; its log stays. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    public EndpointView disable(long endpointId) {
        WebhookEndpoint endpoint = own(endpointId);
        endpoint.disable();
        return view(endpoint);
    }

    /** The latest deliveries of an endpoint, newest first. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(long endpointId) {
        own(endpointId);
        return deliveries.findByEndpointIdOrderByIdDesc(endpointId, Limit.of(LOG_SIZE)).stream()
                .map(Webhooks::view).toList();
    }

    /** Sends a delivery again, with its original event id. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    public DeliveryView redeliver(long endpointId, long deliveryId) {
        own(endpointId);
        WebhookDelivery delivery = deliveries.findById(deliveryId).filter(d -> d.getEndpointId() == endpointId)
                .orElseThrow(() -> new NotFoundException("delivery"));
        delivery.redeliver(clock.instant());
        return view(delivery);
    }

    private WebhookEndpoint own(long endpointId) {
        long organization = currentUser.require().organizationId();
        return endpoints.findById(endpointId).filter(e -> e.getOrganizationId() == organization)
                .orElseThrow(() -> new NotFoundException("webhook"));
    }

    private static EndpointView view(WebhookEndpoint e) {
        return new EndpointView(e.getId(), e.getUrl(), List.of(e.getEventTypes().split(",")), e.isEnabled(),
                e.getCreatedAt());
    }

    private static DeliveryView view(WebhookDelivery d) {
        return new DeliveryView(d.getId(), d.getEventId(), d.getEventType(), d.getRequestId(), d.getStatus(),
                d.getAttempts(), d.getLastStatusCode(), d.getLastError(), d.getCreatedAt(), d.getNextAttemptAt(),
                d.getDeliveredAt());
    }

    /** An endpoint as its organisation sees it; the secret is never shown again. */
    public record EndpointView(long id, String url, List<String> eventTypes, boolean enabled,
                               java.time.Instant createdAt) {
    }

    public record DeliveryView(long id, String eventId, String eventType, long requestId, String status, int attempts,
                               Integer lastStatusCode, String lastError, java.time.Instant createdAt,
                               java.time.Instant nextAttemptAt, java.time.Instant deliveredAt) {
    }
}
