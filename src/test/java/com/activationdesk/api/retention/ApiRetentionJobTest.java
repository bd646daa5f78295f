package com.activationdesk.api.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.activationdesk.IntegrationTest;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a fixed clock in the year 2000 (every other test's rows are younger, so they stay): Idempotency-Key answers
 * go after 24 hours, delivered and given-up webhook deliveries after 30 days, pending ones never.
 */
@IntegrationTest
class ApiRetentionJobTest {

    private static final Instant NOW = Instant.parse("2000-06-30T12:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiRetention defaults;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;

    /** This test's endpoints: their pending delivery must not reach another test's delivery job run. */
    final List<Long> endpoints = new ArrayList<>();

    @AfterEach
    void removeDeliveries() {
        endpoints.forEach(id -> jdbc.sql("DELETE FROM webhook_delivery WHERE endpoint_id = ?").param(id).update());
    }

    @Test
    void deletesOldIdempotencyAnswersAndFinishedDeliveriesOnly() {
        assertThat(defaults.idempotency()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.webhookDeliveries()).isEqualTo(Duration.ofDays(30));
        long userId = users.findByEmail(NORDLICHT_USER1).orElseThrow().getId();
        long tokenId = runAs.as(VENDOR_ADMIN, () -> tokens.issue(userId, "Retention " + Unique.tag(),
                ApiTokenScopes.READ, 30)).token().id();
        answer(tokenId, "old", NOW.minus(Duration.ofHours(24)).minusNanos(1000));
        answer(tokenId, "young", NOW.minus(Duration.ofHours(24)));
        long endpoint = endpoint();
        Instant old = NOW.minus(Duration.ofDays(30)).minusSeconds(1);
        Instant young = NOW.minus(Duration.ofDays(29));
        delivery(endpoint, "delivered-old", "DELIVERED", old, old);
        delivery(endpoint, "delivered-young", "DELIVERED", old, young);
        delivery(endpoint, "failed-old", "FAILED", old, null);
        delivery(endpoint, "pending-old", "PENDING", old, null);

        new ApiRetentionJob(jdbc, defaults, Clock.fixed(NOW, ZoneOffset.UTC)).apply();

        assertThat(jdbc.sql("SELECT idempotency_key FROM api_idempotency WHERE token_id = ?").param(tokenId)
                .query(String.class).list()).containsExactly("young");
        assertThat(jdbc.sql("SELECT last_error FROM webhook_delivery WHERE endpoint_id = ?").param(endpoint)
                .query(String.class).list()).containsExactlyInAnyOrder("delivered-young", "pending-old");
    }

    @Test
    void deletesInBatchesUntilNothingOldIsLeft() {
        long endpoint = endpoint();
        Instant old = NOW.minus(Duration.ofDays(31));
        for (int i = 0; i < ApiRetentionJob.BATCH + 5; i++) {
            delivery(endpoint, "batch-" + i, "DELIVERED", old, old);
        }
        new ApiRetentionJob(jdbc, defaults, Clock.fixed(NOW, ZoneOffset.UTC)).apply();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ?").param(endpoint)
                .query(Long.class).single()).isZero();
    }

    private void answer(long tokenId, String key, Instant createdAt) {
        jdbc.sql("""
                        INSERT INTO api_idempotency (token_id, idempotency_key, operation, status_code, body, created_at)
                        VALUES (?, ?, 'POST /api/v1/requests', 201, '{}', ?)""")
                .params(tokenId, key, utc(createdAt)).update();
    }

    private long endpoint() {
        long organization = users.findByEmail(NORDLICHT_USER1).orElseThrow().getOrganization().getId();
        String url = "https://retention-" + Unique.tag() + ".example/hook";
        jdbc.sql("""
                        INSERT INTO webhook_endpoint (organization_id, url, secret, event_types, enabled, created_at,
                            created_by) VALUES (?, ?, 'retention-secret-123456', 'request.submitted', FALSE, ?, 'test')""")
                .params(organization, url, utc(NOW.minus(Duration.ofDays(60)))).update();
        long id = jdbc.sql("SELECT id FROM webhook_endpoint WHERE url = ?").param(url).query(Long.class).single();
        endpoints.add(id);
        return id;
    }

    /** The name goes into last_error, so the test can tell its rows apart. */
    private void delivery(long endpoint, String name, String status, Instant lastAttempt, Instant deliveredAt) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery (event_id, endpoint_id, event_type, request_id, payload, status,
                            attempts, next_attempt_at, last_error, created_at, delivered_at)
                        VALUES (?, ?, 'request.submitted', 1, '{}', ?, 1, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), endpoint, status, utc(lastAttempt), name,
                        utc(NOW.minus(Duration.ofDays(40))), deliveredAt == null ? null : utc(deliveredAt)).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
