package com.activationdesk.api.webhook;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findByOrganizationIdInAndEnabledTrue(Collection<Long> organizationIds);

    List<WebhookEndpoint> findByOrganizationIdOrderByIdDesc(long organizationId);
}
