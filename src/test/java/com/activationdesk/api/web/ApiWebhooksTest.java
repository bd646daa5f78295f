package com.activationdesk.api.web;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.activationdesk.BrowserTest;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditFilter;
import com.activationdesk.audit.AuditSubjectType;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.organization.domain.AppUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoints over real HTTP: DELETE disables, POST …/enable enables again, both only within the
 * token's organisation and with a writing token, and each change is audited as made through the token.
 */
@BrowserTest
class ApiWebhooksTest {

    /** Registered but never called: no event of this test's organisation happens while it is enabled. */
    private static final String URL = "http://127.0.0.1:9/api-webhooks-test";
    private static final String SECRET = "api-webhooks-test-secret-2026";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;
    @Autowired
    AuditTrail auditTrail;

    ApiTokensFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ApiTokensFixture(tokens, users, runAs);
    }

    @Test
    void anEndpointDisabledThroughTheApiIsEnabledAgainThroughTheApiAndBothAreAudited() {
        ApiTokens.IssuedToken token = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ_WRITE);
        ApiClient partner = new ApiClient(port, token.secret());
        Map<String, Object> registration = Map.of("url", URL, "secret", SECRET, "eventTypes", List.of("request.submitted"));
        long before = endpointsAt(partner, URL);
        ApiClient once = partner.with("Idempotency-Key", "register-" + token.secret().hashCode());
        ApiClient.Response registered = once.post("/api/v1/webhooks", registration);
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.id();
        ApiClient.Response retried = once.post("/api/v1/webhooks", registration);
        assertThat(retried.status()).as("a retried registration answers the first").isEqualTo(201);
        assertThat(retried.id()).isEqualTo(id);
        assertThat(endpointsAt(partner, URL)).as("registered once").isEqualTo(before + 1);
        String endpoint = "/api/v1/webhooks/" + id;

        ApiClient.Response disabled = partner.send("DELETE", endpoint, null);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();

        String foreign = fixture.writer(RHEINWERK_USER1);
        ApiClient.Response foreignEnable = new ApiClient(port, foreign).post(endpoint + "/enable", null);
        ApiClient.Response unknownEnable = partner.post("/api/v1/webhooks/999999999/enable", null);
        assertThat(foreignEnable.status()).isEqualTo(unknownEnable.status()).isEqualTo(404);
        String reader = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ).secret();
        assertThat(new ApiClient(port, reader).post(endpoint + "/enable", null).status()).isEqualTo(403);
        assertThat(enabled(partner, id)).as("refused calls change nothing").isFalse();

        ApiClient.Response enabled = partner.post(endpoint + "/enable", null);
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(enabled(partner, id)).isTrue();
        assertThat(partner.post(endpoint + "/enable", null).status()).as("repeatable").isEqualTo(200);

        assertThat(partner.send("DELETE", endpoint, null).status()).isEqualTo(200);
        assertThat(auditEntries(URL)).extracting(AuditEntryView::action)
                .containsExactly("WEBHOOK_REGISTER", "WEBHOOK_DISABLE", "WEBHOOK_ENABLE", "WEBHOOK_DISABLE");
        assertThat(auditEntries(URL)).allSatisfy(entry -> {
            assertThat(entry.actor().email()).isEqualTo(NORDLICHT_USER1 + AuditActor.VIA_API_TOKEN
                    + token.token().name() + " (" + token.token().prefix() + "…)");
            assertThat(entry.toString()).doesNotContain(SECRET);
        });
    }

    private static boolean enabled(ApiClient client, long id) {
        ApiClient.Response list = client.get("/api/v1/webhooks");
        assertThat(list.status()).isEqualTo(200);
        for (var endpoint : list.json()) {
            if (endpoint.get("id").asLong() == id) {
                return endpoint.get("enabled").asBoolean();
            }
        }
        throw new AssertionError("endpoint " + id + " not listed");
    }

    /** This test's endpoint's entries, oldest first (its URL is used by no other test). */
    private List<AuditEntryView> auditEntries(String url) {
        return runAs.as(VENDOR_ADMIN, () -> auditTrail.search(
                        new AuditFilter(null, null, null, null, null, AuditSubjectType.ORGANIZATION),
                        PageRequest.of(0, 50))).stream()
                .filter(entry -> url.equals(entry.comment())).toList().reversed();
    }

    private static long endpointsAt(ApiClient client, String url) {
        JsonNode list = client.send("GET", "/api/v1/webhooks", null).json();
        return StreamSupport.stream(list.spliterator(), false)
                .filter(endpoint -> url.equals(endpoint.get("url").asString())).count();
    }
}
