package com.activationdesk.api.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.activationdesk.BrowserTest;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/** Listing with the grid's filters and keyset cursors; validation without saving, with the form's keys. */
@BrowserTest
class ApiListAndValidateTest {

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

    private ApiClient partner() {
        return new ApiClient(port, new ApiTokensFixture(tokens, users, runAs).writer(NORDLICHT_USER1));
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipRowsWhenRequestsAreAddedMeanwhile() {
        ApiClient api = partner();
        String word = "Paging" + Unique.tag();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(api.post("/api/v1/requests", named(word + " Kunde " + i)).id());
        }
        String query = "/api/v1/requests?text=" + word + "&status=DRAFT&limit=3";
        JsonNode first = api.get(query).json();
        List<Long> seen = new ArrayList<>(ids(first));
        // a request created between pages lands before the cursor (newest first) and shifts nothing after it
        long inserted = api.post("/api/v1/requests", named(word + " Neu")).id();
        String cursor = first.get("nextCursor").asString();
        while (cursor != null) {
            JsonNode page = api.get(query + "&cursor=" + cursor).json();
            seen.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created).doesNotContain(inserted);
        assertThat(seen).isEqualTo(created.reversed());
        assertThat(ids(api.get(query).json()).getFirst()).isEqualTo(inserted);
    }

    @Test
    void filtersAndCursorsAreChecked() {
        ApiClient api = partner();
        assertThat(api.get("/api/v1/requests?status=NOT_A_STATUS").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/requests?cursor=garbage").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/requests?limit=0").status()).isEqualTo(400);
        JsonNode page = api.get("/api/v1/requests?limit=1&sort=SUBMITTED&direction=asc").json();
        if (!page.get("nextCursor").isNull()) {
            assertThat(api.get("/api/v1/requests?limit=1&cursor=" + page.get("nextCursor").asString()).status())
                    .as("a cursor of another order").isEqualTo(400);
        }
        assertThat(api.get("/api/v1/requests?slaState=ON_TRACK&dateField=SUBMITTED&from=2026-01-01&to=2026-12-31")
                .status()).isEqualTo(200);
    }

    @Test
    void validationFindsWhatTheFormFindsWithTheSameKeysAndSavesNothing() {
        ApiClient api = partner();
        TestRequest invalid = TestRequest.valid(clock).withAdminEmail("not-an-address").withCountry("XX");
        Map<String, Object> body = ApiClient.body(invalid.data(), null);
        body.remove("street");
        JsonNode answer = api.post("/api/v1/requests/validate", body).json();
        List<FieldProblem> form = runAs.as(NORDLICHT_USER1, () -> requests.check(
                ApiClient.JSON.convertValue(body, RequestInput.class).toForm(), null, true));

        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.get("problems").valueStream().map(p -> p.get("field").asString() + ":" + p.get("code").asString()))
                .containsExactlyElementsOf(form.stream().map(p -> p.field() + ":" + p.messageKey()).toList())
                .contains("street:validation.required");
        assertThat(answer.get("problems").valueStream().map(p -> p.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotStartWith("validation."));

        // submitting the same data answers the same problems, as a 422 problem
        Map<String, Object> draftBody = new HashMap<>(body);
        ApiClient.Response draft = api.post("/api/v1/requests", draftBody);
        if (draft.status() == 201) {
            ApiClient.Response submit = api.with("If-Match", draft.etag())
                    .post("/api/v1/requests/" + draft.id() + "/submit", null);
            assertThat(submit.status()).isEqualTo(422);
            assertThat(submit.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .contains("street");
        } else {
            assertThat(draft.status()).as("malformed data are refused when saving, too").isEqualTo(422);
        }
    }

    private Map<String, Object> named(String customerName) {
        Map<String, Object> body = ApiClient.body(TestRequest.valid(clock).data(), null);
        body.put("customerName", customerName);
        return body;
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(row -> row.get("id").asLong()).toList();
    }
}
