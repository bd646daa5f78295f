package com.activationdesk.api.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.activationdesk.BrowserTest;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's access rules and HTTP behaviour through a real HTTP client: tokens (unknown, revoked, expired,
 * read-only, rate), statelessness, problem+json in the caller's language, strict bodies, ETag/If-Match,
 * Idempotency-Key, and the audit naming the token.
 */
@BrowserTest
class ApiAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;
    @Autowired
    RequestService requestService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    ApiTokensFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ApiTokensFixture(tokens, users, runAs);
    }

    private ApiClient client(String secret) {
        return new ApiClient(port, secret);
    }

    private Map<String, Object> validBody() {
        return ApiClient.body(TestRequest.valid(clock).data(), null);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AsAProblemAndStartsNoSession() {
        ApiClient.Response none = client(null).get("/api/v1/requests");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.header("Set-Cookie")).isNull();
        assertThat(none.json().get("type").asString()).endsWith("/unauthorized");

        ApiClient.Response unknown = client("adk_" + "A".repeat(43)).get("/api/v1/requests");
        assertThat(unknown.status()).isEqualTo(401);

        ApiTokens.IssuedToken revoked = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ);
        assertThat(client(revoked.secret()).get("/api/v1/requests").status()).isEqualTo(200);
        fixture.revoke(revoked);
        ApiClient.Response afterRevoke = client(revoked.secret()).get("/api/v1/requests");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.json().get("detail").asString()).contains("revoked");

        ApiTokens.IssuedToken expired = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), expired.token().id());
        assertThat(client(expired.secret()).get("/api/v1/requests").json().get("detail").asString())
                .contains("expired");
    }

    @Test
    void aSuccessfulCallSetsNoCookieAndTheStoredTokenIsOnlyAHash() {
        ApiTokens.IssuedToken token = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ);
        ApiClient.Response list = client(token.secret()).get("/api/v1/requests");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Set-Cookie")).isNull();
        List<String> stored = jdbc.queryForList("SELECT CONCAT(prefix, '|', secret_hash) FROM api_token WHERE id = ?",
                String.class, token.token().id());
        assertThat(stored.getFirst()).doesNotContain(token.secret()).contains(token.secret().substring(0, 12));
        assertThat(jdbc.queryForObject("SELECT last_used_at IS NOT NULL FROM api_token WHERE id = ?", Boolean.class,
                token.token().id())).isTrue();
    }

    @Test
    void aReadOnlyTokenMayNotChangeAnything() {
        ApiTokens.IssuedToken token = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ);
        ApiClient.Response create = client(token.secret()).post("/api/v1/requests", validBody());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("type").asString()).endsWith("/read-only-token");
    }

    @Test
    void aTokenOverItsRateGets429WithRetryAfter() {
        ApiClient api = client(fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ).secret());
        ApiClient.Response last = null;
        for (int call = 0; call < 61; call++) {
            last = api.get("/api/v1/requests?limit=1");
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        // another token of the same user has its own allowance
        assertThat(client(fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ).secret())
                .get("/api/v1/requests?limit=1").status()).isEqualTo(200);
    }

    @Test
    void problemsComeInTheCallersLanguageWithoutInternals() {
        ApiClient api = client(fixture.writer(NORDLICHT_USER1));
        JsonNode german = api.with("Accept-Language", "de-DE,de;q=0.9").post("/api/v1/requests", "{\"customerName\": ").json();
        assertThat(german.get("title").asString()).isEqualTo("Fehlerhafter Inhalt");
        JsonNode english = api.with("Accept-Language", "en").post("/api/v1/requests", "{\"customerName\": ").json();
        assertThat(english.get("title").asString()).isEqualTo("Malformed request body");
        assertThat(english.toString()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void malformedUnknownWrongTypedAndHugeBodiesAreRefusedAndNothingIsCreated() {
        ApiClient api = client(fixture.writer(NORDLICHT_USER1));
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Integer.class);

        ApiClient.Response malformed = api.post("/api/v1/requests", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("line 1");

        Map<String, Object> unknownField = new java.util.HashMap<>(validBody());
        unknownField.put("customerNmae", "Typo GmbH");
        ApiClient.Response unknown = api.post("/api/v1/requests", unknownField);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("customerNmae");

        Map<String, Object> wrongType = new java.util.HashMap<>(validBody());
        wrongType.put("plannedUsers", "forty");
        ApiClient.Response wrong = api.post("/api/v1/requests", wrongType);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("detail").asString()).contains("plannedUsers");

        String huge = "{\"customerName\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        ApiClient.Response tooLarge = api.post("/api/v1/requests", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asString()).endsWith("/body-too-large");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void changesNeedTheCurrentVersionInIfMatch() {
        ApiClient api = client(fixture.writer(NORDLICHT_USER1));
        ApiClient.Response created = api.post("/api/v1/requests", validBody());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/requests/" + created.id());
        String path = "/api/v1/requests/" + created.id();

        assertThat(api.post(path + "/submit", null).status()).isEqualTo(428);
        ApiClient.Response updated = api.with("If-Match", created.etag()).put(path, validBody());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isNotEqualTo(created.etag());

        ApiClient.Response stale = api.with("If-Match", created.etag()).post(path + "/submit", null);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-version");
        assertThat(api.with("If-Match", updated.etag()).post(path + "/submit", null).json().get("status").asString())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void aRetriedCallWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        ApiClient api = client(fixture.writer(NORDLICHT_USER1)).with("Idempotency-Key", "order-" + clock.millis());
        Map<String, Object> body = validBody();
        ApiClient.Response first = api.post("/api/v1/requests", body);
        ApiClient.Response retry = api.post("/api/v1/requests", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activation_request WHERE customer_name = ?",
                Integer.class, body.get("customerName"))).isEqualTo(1);

        // an action retried: one move, the same answer
        String path = "/api/v1/requests/" + first.id() + "/submit";
        ApiClient submit = api.with("Idempotency-Key", "submit-" + first.id()).with("If-Match", first.etag());
        ApiClient.Response submitted = submit.post(path, null);
        ApiClient.Response again = submit.post(path, null);
        assertThat(again.status()).isEqualTo(submitted.status()).isEqualTo(200);
        assertThat(again.etag()).isEqualTo(submitted.etag());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ? AND action = 'SUBMIT'",
                Integer.class, first.id())).isEqualTo(1);
    }

    @Test
    void anotherPartnersRequestIsNotFoundExactlyLikeAnUnknownOne() {
        ApiClient own = client(fixture.writer(NORDLICHT_USER1));
        long foreignId = own.post("/api/v1/requests", validBody()).id();
        ApiClient other = client(fixture.writer(RHEINWERK_USER1));

        ApiClient.Response foreign = other.get("/api/v1/requests/" + foreignId);
        ApiClient.Response unknown = other.get("/api/v1/requests/999999999");
        assertThat(foreign.status()).isEqualTo(unknown.status()).isEqualTo(404);
        assertThat(foreign.json().get("title")).isEqualTo(unknown.json().get("title"));
        assertThat(foreign.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        assertThat(other.with("If-Match", "\"0\"").post("/api/v1/requests/" + foreignId + "/withdraw", null).status())
                .isEqualTo(404);
    }

    @Test
    void theAuditNamesTheTokenTheUserActedThrough() {
        ApiTokens.IssuedToken token = fixture.issue(NORDLICHT_USER1, ApiTokenScopes.READ_WRITE);
        long id = client(token.secret()).post("/api/v1/requests", validBody()).id();
        List<AuditEntryView> timeline = runAs.as(NORDLICHT_USER1, () -> requestService.timeline(id));
        assertThat(timeline.getFirst().actor().email())
                .isEqualTo(NORDLICHT_USER1 + " via API, token " + token.token().name() + " (" + token.token().prefix() + "…)");
        assertThat(timeline.getFirst().actor().userId()).isEqualTo(users.findByEmail(NORDLICHT_USER1).orElseThrow().getId());
    }

    @Test
    void unknownApiPathsAreProblemsNotTheUisPage() {
        ApiClient.Response response = client(fixture.writer(NORDLICHT_USER1)).get("/api/v1/nothing-here");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
