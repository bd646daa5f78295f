package com.activationdesk.api.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.activationdesk.BrowserTest;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.invitation.InvitedRequests;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.testdata.TestOrganizations;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tier-1 and the tier-2 process walked to ACTIVATED through the API alone, each step by the token of the role
 * whose turn it is, found in that role's work list; only the activation is the customer's, through the
 * activation page's service with the mailed link.
 */
@BrowserTest
class ApiProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ActivationLinkIssuer links;
    @Autowired
    ActivationService activation;

    ApiTokensFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ApiTokensFixture(tokens, users, runAs);
    }

    @Test
    void tier1FromDraftThroughAReturnToActivated() {
        ApiClient partner = new ApiClient(port, fixture.writer(NORDLICHT_USER1));
        ApiClient cam = new ApiClient(port, fixture.writer(CAM1));
        ApiClient ops = new ApiClient(port, fixture.writer(OPS1));
        Map<String, Object> data = ApiClient.body(TestRequest.valid(clock).data(), null);

        ApiClient.Response draft = partner.post("/api/v1/requests", data);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String path = "/api/v1/requests/" + draft.id();
        JsonNode submitted = step(partner, path + "/submit", draft.etag(), null, "IN_REVIEW");
        assertThat(workList(cam)).contains(draft.id());

        JsonNode returned = step(cam, path + "/return", etag(submitted), Map.of("reason", "VAT number incomplete"),
                "RETURNED");
        JsonNode resubmitted = step(partner, path + "/resubmit", etag(returned), data, "IN_REVIEW");
        JsonNode forwarded = step(cam, path + "/forward", etag(resubmitted),
                Map.of("dataComplete", true, "exportControlChecked", true), "AT_CLOUD_OPS");
        assertThat(forwarded.get("sla").get("dueAt").asString()).endsWith("Z");
        assertThat(workList(ops)).contains(draft.id());
        step(ops, path + "/provision", etag(forwarded), Map.of("tenantId", "tenant-api-" + draft.id()),
                "INVITATION_SENT");

        activate(draft.id());
        JsonNode activated = partner.get(path).json();
        assertThat(activated.get("request").get("status").asString()).isEqualTo("ACTIVATED");
        assertThat(activated.get("history").valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("CREATE", "SUBMIT", "RETURN", "EDIT", "SUBMIT", "FORWARD_TO_CLOUD_OPS",
                        "PROVISION_AND_INVITE", "ACTIVATE");
        assertThat(activated.get("coAdministration").get("me").asBoolean()).isFalse();
    }

    @Test
    void tier2ThroughTheDistributorAndItsDamToActivated() {
        ApiClient partner = new ApiClient(port, fixture.writer(BAVARIA_USER1));
        ApiClient distributor = new ApiClient(port, fixture.writer(ALPHA_USER1));
        ApiClient dam = new ApiClient(port, fixture.writer(DAM1));
        ApiClient ops = new ApiClient(port, fixture.writer(OPS1));
        Long alpha = jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class,
                TestOrganizations.ALPHA_DISTRIBUTION);

        ApiClient.Response draft = partner.post("/api/v1/requests",
                ApiClient.body(TestRequest.valid(clock).data(), alpha));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String path = "/api/v1/requests/" + draft.id();
        JsonNode submitted = step(partner, path + "/submit", draft.etag(), null, "AT_DISTRIBUTOR");
        assertThat(workList(distributor)).contains(draft.id());
        JsonNode passed = step(distributor, path + "/pass-to-dam", etag(submitted), Map.of("comment", "checked"),
                "IN_REVIEW");
        assertThat(workList(dam)).contains(draft.id());
        JsonNode forwarded = step(dam, path + "/forward", etag(passed),
                Map.of("dataComplete", true, "exportControlChecked", true), "AT_CLOUD_OPS");
        step(ops, path + "/provision", etag(forwarded), Map.of("tenantId", "tenant-api-" + draft.id()),
                "INVITATION_SENT");

        activate(draft.id());
        assertThat(partner.get(path).json().get("request").get("status").asString()).isEqualTo("ACTIVATED");
    }

    /** One move: the answer carries the new status and a new ETag. */
    private static JsonNode step(ApiClient api, String path, String etag, Object body, String status) {
        ApiClient.Response response = api.with("If-Match", etag).post(path, body);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo(status);
        assertThat(response.etag()).isEqualTo("\"" + response.json().get("version").asLong() + "\"");
        return response.json();
    }

    private static String etag(JsonNode request) {
        return "\"" + request.get("version").asLong() + "\"";
    }

    /** The ids in the role's own work list ("to pass on", "needs my action", the Cloud Ops queue). */
    private static List<Long> workList(ApiClient api) {
        ApiClient.Response page = api.get("/api/v1/requests?view=work&limit=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items").valueStream().map(row -> row.get("id").asLong()).toList();
    }

    /** The customer's administrator opens the mailed link and activates, as on the activation page. */
    private void activate(long requestId) {
        Long invitationId = jdbc.queryForObject("SELECT MAX(id) FROM invitation WHERE request_id = ?", Long.class,
                requestId);
        String url = links.issue(invitationId).orElseThrow();
        activation.activate(url.substring(url.lastIndexOf('/') + 1), InvitedRequests.PASSWORD,
                InvitedRequests.PASSWORD, InvitedRequests.CONSENT);
    }
}
