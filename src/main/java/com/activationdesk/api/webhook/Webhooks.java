package com.activationdesk.api.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's webhook endpoints and their delivery log. Partners and distributors manage their own
 * organisation's endpoints, the vendor admin those of every partner and distributor; another organisation's
 * endpoint is not found, like an unknown one. Registering, enabling, disabling, deleting and redelivering are
 * audited on the endpoint's organisation with the endpoint's URL as comment, never its secret.
 */
@Service
@Transactional
@EnableConfigurationProperties(WebhookProperties.class)
public class Webhooks {

    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 200;
    private static final int MAX_URL = 500;
    private static final int LOG_SIZE = 100;
    /** 32 random bytes, base64url: 43 characters, within the secret's length limits. */
    private static final int GENERATED_SECRET_BYTES = 32;
    private static final Set<OrganizationType> WEBHOOK_ORGANIZATIONS = EnumSet.of(OrganizationType.PARTNER,
            OrganizationType.DISTRIBUTOR);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final OrganizationRepository organizations;
    private final WebhookUrls urls;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    Webhooks(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
             OrganizationRepository organizations, WebhookProperties properties, AuditTrail auditTrail,
             CurrentUser currentUser, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.organizations = organizations;
        this.urls = new WebhookUrls(properties);
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Registers an endpoint of the caller's own organisation (the API's call). */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    public EndpointView register(String url, String secret, Set<String> eventTypes) {
        return register(currentUser.require().organizationId(), url, secret, eventTypes);
    }

    /** Registers an endpoint of an organisation in the caller's scope; the secret is never shown again. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    public EndpointView register(long organizationId, String url, String secret, Set<String> eventTypes) {
        long organization = inScope(organizationId);
        checkUrl(url);
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
        WebhookEndpoint endpoint = endpoints.save(new WebhookEndpoint(organization, url.trim(), secret, types,
                clock.instant(), currentUser.require().auditName()));
        audit(endpoint, "WEBHOOK_REGISTER", List.of(new FieldChange("eventTypes", null, endpoint.getEventTypes())));
        return view(endpoint);
    }

    /**
     * Checks a URL as {@link #register} will (https, public addresses), so a form can mark it while it is typed.
     *
     * @throws FieldValidationException on field {@code url}
     */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void checkUrl(String url) {
        if (url == null || url.length() > MAX_URL) {
            throw new FieldValidationException("url", "api.webhook.error.url");
        }
        urls.check(url);
    }

    /** A fresh random secret to offer in the registration form. */
    public static String generateSecret() {
        byte[] bytes = new byte[GENERATED_SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The organisations whose endpoints the caller manages: the own one, or for the vendor admin all partners and distributors. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganizationChoice> organizations() {
        UserPrincipal user = currentUser.require();
        if (!user.hasRole(Role.ADMIN)) {
            return List.of(new OrganizationChoice(user.organizationId(), user.organizationName()));
        }
        return WEBHOOK_ORGANIZATIONS.stream().flatMap(type -> organizations.findByTypeOrderByName(type).stream())
                .map(o -> new OrganizationChoice(o.getId(), o.getName())).toList();
    }

    /** The caller's own organisation's endpoints (the API's call). */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<EndpointView> list() {
        return list(currentUser.require().organizationId());
    }

    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EndpointView> list(long organizationId) {
        return endpoints.findByOrganizationIdOrderByIdDesc(inScope(organizationId)).stream()
                .map(Webhooks::view).toList();
    }

    /** Stops deliveries to the endpoint: no new events are recorded for it, pending ones wait; its log stays. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    public EndpointView disable(long endpointId) {
        WebhookEndpoint endpoint = own(endpointId);
        if (endpoint.isEnabled()) {
            endpoint.disable();
            audit(endpoint, "WEBHOOK_DISABLE", List.of());
        }
        return view(endpoint);
    }

    /** Deliveries resume: pending ones are sent; events of the time it was disabled were not recorded for it. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    public EndpointView enable(long endpointId) {
        WebhookEndpoint endpoint = own(endpointId);
        if (!endpoint.isEnabled()) {
            endpoint.enable();
            audit(endpoint, "WEBHOOK_ENABLE", List.of());
        }
        return view(endpoint);
    }

    /** Removes the endpoint and its delivery log; undelivered events are dropped with it. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    public void delete(long endpointId) {
        WebhookEndpoint endpoint = own(endpointId);
        deliveries.deleteByEndpoint(endpointId);
        endpoints.delete(endpoint);
        audit(endpoint, "WEBHOOK_DELETE", List.of());
    }

    /** The latest deliveries of an endpoint, newest first (the API's log). */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(long endpointId) {
        return deliveries(endpointId, PageRequest.of(0, LOG_SIZE));
    }

    /** One page of an endpoint's deliveries, newest first (the view's lazily loaded log). */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(long endpointId, Pageable page) {
        own(endpointId);
        return deliveries.findByEndpointId(endpointId, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, "id"))).stream().map(Webhooks::view).toList();
    }

    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long deliveryCount(long endpointId) {
        own(endpointId);
        return deliveries.countByEndpointId(endpointId);
    }

    /** Sends a delivery again, with its original event id. */
    @PreAuthorize("hasAnyRole('PARTNER', 'DISTRIBUTOR', 'ADMIN')")
    public DeliveryView redeliver(long endpointId, long deliveryId) {
        WebhookEndpoint endpoint = own(endpointId);
        WebhookDelivery delivery = deliveries.findById(deliveryId).filter(d -> d.getEndpointId() == endpointId)
                .orElseThrow(() -> new NotFoundException("delivery"));
        delivery.redeliver(clock.instant());
        audit(endpoint, "WEBHOOK_REDELIVER", List.of(new FieldChange("eventType", null, delivery.getEventType()),
                new FieldChange("eventId", null, delivery.getEventId())));
        return view(delivery);
    }

    /** The organisation if the caller may manage its endpoints; otherwise not found, like an unknown one. */
    private long inScope(long organizationId) {
        UserPrincipal user = currentUser.require();
        boolean allowed = user.hasRole(Role.ADMIN)
                ? organizations.findById(organizationId).map(Organization::getType)
                        .filter(WEBHOOK_ORGANIZATIONS::contains).isPresent()
                : organizationId == user.organizationId();
        if (!allowed) {
            throw new NotFoundException("organization");
        }
        return organizationId;
    }

    private WebhookEndpoint own(long endpointId) {
        UserPrincipal user = currentUser.require();
        return endpoints.findById(endpointId)
                .filter(e -> user.hasRole(Role.ADMIN) || e.getOrganizationId() == user.organizationId())
                .orElseThrow(() -> new NotFoundException("webhook"));
    }

    /** On the organisation: the endpoint has no subject type of its own and is known to readers by its URL. */
    private void audit(WebhookEndpoint endpoint, String action, List<FieldChange> changes) {
        long organizationId = endpoint.getOrganizationId();
        String name = organizations.findById(organizationId).map(Organization::getName).orElseThrow();
        auditTrail.recordChange(AuditSubject.organization(organizationId, name), action, endpoint.getUrl(), changes);
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

    public record OrganizationChoice(long id, String name) {
    }

    public record DeliveryView(long id, String eventId, String eventType, long requestId, String status, int attempts,
                               Integer lastStatusCode, String lastError, java.time.Instant createdAt,
                               java.time.Instant nextAttemptAt, java.time.Instant deliveredAt) {
    }
}
