package com.activationdesk.api.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /**
     * Due deliveries, oldest first, leaving out any behind an older one of the same endpoint and request that
     * waits for its retry: a request's events arrive in the order they happened. A disabled endpoint's deliveries
     * wait until it is enabled again.
     */
    @Query("""
            select d from WebhookDelivery d where d.status = 'PENDING' and d.nextAttemptAt <= :now
            and exists (select 1 from WebhookEndpoint p where p.id = d.endpointId and p.enabled = true)
            and not exists (select 1 from WebhookDelivery e where e.endpointId = d.endpointId
                and e.requestId = d.requestId and e.status = 'PENDING' and e.id < d.id
                and e.nextAttemptAt > :now)
            order by d.id""")
    List<WebhookDelivery> findDue(@Param("now") Instant now, Limit limit);

    List<WebhookDelivery> findByEndpointId(long endpointId, Pageable page);

    long countByEndpointId(long endpointId);

    /** In one statement: an endpoint's log may be long. */
    @Modifying
    @Query("delete from WebhookDelivery d where d.endpointId = :endpointId")
    void deleteByEndpoint(@Param("endpointId") long endpointId);
}
