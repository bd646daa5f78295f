package com.activationdesk.api.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.activationdesk.request.RequestTransitioned;
import com.activationdesk.request.service.RequestParticipants;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each move partners are told about as one delivery per subscribed endpoint of the request's partner and
 * distributor. A plain listener: it runs inside the transaction that publishes the event, so the deliveries commit
 * or roll back with the change (the outbox pattern). The payload holds ids, reference and statuses, no comments.
 */
@Component
class WebhookRecorder {

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final RequestParticipants participants;
    private final JsonMapper json;
    private final Clock clock;

    WebhookRecorder(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
                    RequestParticipants participants, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.participants = participants;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestTransitioned moved) {
        WebhookEventType.of(moved.action()).ifPresent(type -> {
            for (WebhookEndpoint endpoint : endpoints.findByOrganizationIdInAndEnabledTrue(
                    participants.organizationIds(moved.requestId()))) {
                if (endpoint.wants(type)) {
                    String eventId = UUID.randomUUID().toString();
                    deliveries.save(new WebhookDelivery(eventId, endpoint.getId(), type.wireName(), moved.requestId(),
                            payload(eventId, type, moved), clock.instant()));
                }
            }
        });
    }

    private String payload(String eventId, WebhookEventType type, RequestTransitioned moved) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", moved.requestId());
        data.put("reference", moved.reference());
        data.put("action", moved.action().name());
        data.put("fromStatus", moved.from() == null ? null : moved.from().name());
        data.put("toStatus", moved.to().name());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", type.wireName());
        event.put("occurredAt", moved.at().toString());
        event.put("data", data);
        return json.writeValueAsString(event);
    }
}
