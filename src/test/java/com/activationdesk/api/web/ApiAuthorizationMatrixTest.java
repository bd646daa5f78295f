package com.activationdesk.api.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.BrowserTest;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.CAM2;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role × endpoint × own/foreign request: the API answers as the UI decides. The UI's rule is read from the
 * service as the UI reads it (whether the detail view opens, which buttons {@code allowedActions} offers); the
 * API must then answer an invisible request exactly as an unknown id (404, or 403 where the role may never call
 * the endpoint), move an allowed one (on a fresh request in the same state)
 * and refuse every other move with 403/409 without changing the request.
 */
@BrowserTest
class ApiAuthorizationMatrixTest {

    /** Own partner (and a colleague), a foreign partner, the own and a foreign CAM, a DAM, a distributor, Cloud Ops. */
    private static final List<String> USERS = List.of(NORDLICHT_USER1, NORDLICHT_USER2, RHEINWERK_USER1, CAM1, CAM2,
            DAM1, ALPHA_USER1, OPS1);

    private static final Map<String, RequestAction> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("PUT", RequestAction.EDIT);
        ENDPOINTS.put("submit", RequestAction.SUBMIT);
        ENDPOINTS.put("withdraw", RequestAction.WITHDRAW);
        ENDPOINTS.put("pass-to-dam", RequestAction.PASS_TO_DAM);
        ENDPOINTS.put("return", RequestAction.RETURN);
        ENDPOINTS.put("forward", RequestAction.FORWARD_TO_CLOUD_OPS);
        ENDPOINTS.put("reject", RequestAction.REJECT);
        ENDPOINTS.put("request-resend", RequestAction.REQUEST_RESEND);
        ENDPOINTS.put("ask-manager", RequestAction.ASK_MANAGER);
        ENDPOINTS.put("provision", RequestAction.PROVISION_AND_INVITE);
        ENDPOINTS.put("resend-invitation", RequestAction.RESEND_INVITATION);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;
    @Autowired
    RequestService requests;
    @Autowired
    Clock clock;

    @Test
    void theApiAnswersEveryRoleAsTheUiDoes() {
        ApiTokensFixture fixture = new ApiTokensFixture(tokens, users, runAs);
        RequestSteps steps = new RequestSteps(requests, runAs, clock);
        Map<String, Supplier<RequestDetails>> states = new LinkedHashMap<>();
        states.put("DRAFT", () -> steps.draft(NORDLICHT_USER1));
        states.put("IN_REVIEW", () -> steps.submitted(NORDLICHT_USER1));
        states.put("AT_CLOUD_OPS", () -> steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
        states.put("INVITATION_SENT", () -> steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1))));

        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Supplier<RequestDetails>> state : states.entrySet()) {
            RequestDetails request = state.getValue().get();
            for (String user : USERS) {
                ApiClient api = new ApiClient(port, fixture.writer(user));
                RequestDetails seen = uiView(user, request.id());
                ApiClient.Response read = api.get("/api/v1/requests/" + request.id());
                if (seen == null) {
                    assertThat(read.status()).as(user + " reads " + state.getKey()).isEqualTo(404);
                } else {
                    assertThat(read.status()).as(user + " reads " + state.getKey()).isEqualTo(200);
                    assertThat(read.json().get("request").get("allowedActions").valueStream()
                            .map(a -> RequestAction.valueOf(a.asString())).toList())
                            .as(user + " " + state.getKey()).containsExactlyElementsOf(seen.allowedActions());
                }
                for (Map.Entry<String, RequestAction> endpoint : ENDPOINTS.entrySet()) {
                    String cell = user + " × " + endpoint.getKey() + " × " + state.getKey();
                    boolean allowed = seen != null && seen.may(endpoint.getValue());
                    // an allowed move changes the request: it runs on a fresh one in the same state
                    RequestDetails target = allowed ? state.getValue().get() : request;
                    ApiClient.Response answer = call(api, endpoint.getKey(), target);
                    if (seen == null) {
                        // 404 like an unknown id; or 403 where the role may never call this endpoint, which an
                        // unknown id gets too: the answer tells nothing about the request
                        int unknown = call(api, endpoint.getKey(), unknownLike(request)).status();
                        assertThat(answer.status()).as(cell + " " + answer).isEqualTo(unknown).isIn(403, 404);
                    } else if (allowed) {
                        assertThat(answer.status()).as(cell + " " + answer).isEqualTo(200);
                    } else {
                        assertThat(answer.status()).as(cell + " " + answer).isIn(403, 409);
                    }
                    checked.add(cell);
                }
                assertThat(uiView(NORDLICHT_USER1, request.id()).version()).as("refused moves change nothing")
                        .isEqualTo(request.version());
            }
        }
        assertThat(checked).hasSize(states.size() * USERS.size() * ENDPOINTS.size());
    }

    /** The request as the UI's detail view gets it for this user, or {@code null} when it does not open. */
    private RequestDetails uiView(String user, long id) {
        try {
            return runAs.as(user, () -> requests.get(id));
        } catch (NotFoundException invisible) {
            return null;
        }
    }

    /** The same request's data under an id that does not exist. */
    private static RequestDetails unknownLike(RequestDetails request) {
        return new RequestDetails(999_999_999L, request.version(), request.reference(), request.status(),
                request.data(), request.partnerId(), request.partnerName(), request.partnerTier(),
                request.distributorId(), request.distributorName(), request.responsibleManagerId(),
                request.responsibleManagerName(), request.responsibleManagerEmail(), request.createdAt(),
                request.updatedAt(), request.submittedAt(), request.lastComment(),
                request.exportControlConfirmedAt(), request.tenantId(), request.slaState(), request.slaDueAt(),
                request.slaWorkingTimeLeft(), request.invitationSentAt(), request.invitationExpiresAt(),
                request.activatedAt(), request.termsVersion(), request.termsAcceptedAt(), request.allowedActions());
    }

    private ApiClient.Response call(ApiClient api, String endpoint, RequestDetails request) {
        String path = "/api/v1/requests/" + request.id();
        ApiClient withVersion = api.with("If-Match", "\"" + request.version() + "\"");
        Object body = switch (endpoint) {
            case "PUT" -> ApiClient.body(TestRequest.of(request.data()).data(), request.distributorId());
            case "return", "reject" -> Map.of("reason", "Matrix reason");
            case "forward" -> Map.of("dataComplete", true, "exportControlChecked", true);
            case "ask-manager" -> Map.of("question", "Which site?");
            case "provision" -> Map.of("tenantId", "tenant-matrix-" + request.id());
            default -> null;
        };
        return endpoint.equals("PUT") ? withVersion.put(path, body) : withVersion.post(path + "/" + endpoint, body);
    }
}
