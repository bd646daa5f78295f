package com.activationdesk.api.web;

import java.util.List;
import java.util.Set;

import com.activationdesk.api.webhook.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organisation's webhook endpoints and their delivery log (docs/api.md, "Webhooks"). */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhooksController {

    private final Webhooks webhooks;
    private final JsonBodies bodies;
    private final Idempotency idempotency;

    WebhooksController(Webhooks webhooks, JsonBodies bodies, Idempotency idempotency) {
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.idempotency = idempotency;
    }

    /** @param secret 16 to 200 characters, chosen by the caller; it signs every delivery */
    record Registration(String url, String secret, Set<String> eventTypes) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a webhook endpoint of the caller's organisation")
    ResponseEntity<Webhooks.EndpointView> register(HttpServletRequest http,
                                                   @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        Registration input = bodies.read(http, Registration.class, false);
        return idempotency.run(ApiCall.tokenId(http), key, ApiCall.operation(http), Webhooks.EndpointView.class, () -> {
            Webhooks.EndpointView created = webhooks.register(input.url(), input.secret(), input.eventTypes());
            return new Idempotency.Answer<>(HttpStatus.CREATED, created, null, "/api/v1/webhooks/" + created.id());
        });
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "List the organisation's webhook endpoints")
    List<Webhooks.EndpointView> list() {
        return webhooks.list();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Disable a webhook endpoint")
    Webhooks.EndpointView disable(@PathVariable long id) {
        return webhooks.disable(id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled webhook endpoint again")
    Webhooks.EndpointView enable(@PathVariable long id) {
        return webhooks.enable(id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log of an endpoint, newest first")
    List<Webhooks.DeliveryView> deliveries(@PathVariable long id) {
        return webhooks.deliveries(id);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again with its original event id")
    Webhooks.DeliveryView redeliver(@PathVariable long id, @PathVariable long deliveryId) {
        return webhooks.redeliver(id, deliveryId);
    }
}
