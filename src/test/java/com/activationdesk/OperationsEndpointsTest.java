package com.activationdesk;

import static org.assertj.core.api.Assertions.assertThat;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;

import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator as an operator and an attacker see it, over real HTTP. Shares the browser tests' context: the one
 * context with a real server (no browser is started here).
 */
@BrowserTest
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int appPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;
    @Autowired
    ObservationRegistry observations;

    @Test
    void probesAnswerOnTheManagementPortWithoutLoginAndWithoutDetails() throws Exception {
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"mailOutbox\"", "\"scheduledJobs\"", "\"readinessState\"")
                .doesNotContain("details", "pending", "MariaDB");
        assertThat(readiness.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void prometheusCountsRequestsPerStatusAsTheyChange() throws Exception {
        double draftsBefore = gauge("activationdesk_requests{application=\"activation-desk\",status=\"DRAFT\"}");

        new RequestSteps(requests, runAs, clock).draft(NORDLICHT_USER2);

        assertThat(gauge("activationdesk_requests{application=\"activation-desk\",status=\"DRAFT\"}"))
                .isEqualTo(draftsBefore + 1);
    }

    @Test
    void prometheusShowsTheApplicationsOwnMetersAndThePool() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains(
                "activationdesk_requests{application=\"activation-desk\",status=\"IN_REVIEW\"}",
                "activationdesk_requests_sla{application=\"activation-desk\",state=\"BREACHED\"}",
                "activationdesk_mail_outbox_pending", "activationdesk_mail_outbox_failed",
                "activationdesk_mail_outbox_oldest_overdue_seconds",
                "activationdesk_ui_sessions", "activationdesk_ui_tabs",
                "hikaricp_connections_active");
    }

    @Test
    void springSecurityIsNotObservedOnEveryCallButHttpRequestsAre() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authorizations", observations).isNoop()).isTrue();
        Observation request = Observation.start("http.server.requests", observations);
        assertThat(request.isNoop()).isFalse();
        request.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown", "/actuator"})
    void nothingElseIsServedOnTheManagementPort(String path) throws Exception {
        HttpResponse<String> response = get(managementPort, path);

        // not exposed: the request falls through to the app's own chain, which wants a login first
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/prometheus", "/actuator/env"})
    void theAppsPortServesNoActuatorEndpoint(String path) throws Exception {
        HttpResponse<String> response = get(appPort, path);

        assertThat(response.body()).doesNotContain("\"status\":\"UP\"", "hikaricp", "activationdesk_requests");
        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    /**
     * Browsers fetch the manifest without cookies: a PWA file must leave no session behind. Vaadin still opens one
     * while serving it; its cookie must be dead by the next request.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/manifest.webmanifest", "/sw-runtime-resources-precache.js", "/offline-stub.html",
            "/icons/icon-192x192.png"})
    void aPwaFileLeavesNoSessionBehind(String path) throws Exception {
        HttpResponse<String> response = get(appPort, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).isNotEmpty();

        Optional<String> session = sessionCookie(response);
        if (session.isPresent()) {
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort
                    + "/login")).header("Cookie", session.get()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(sessionCookie(next)).as("the session of %s is gone: the server opens another", path)
                    .isPresent().get().isNotEqualTo(session.get());
        }
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    /** The value of one sample line of the scrape, e.g. {@code name{tags} 3.0}. */
    private double gauge(String sample) throws Exception {
        String line = get(managementPort, "/actuator/prometheus").body().lines()
                .filter(l -> l.startsWith(sample + " ")).findFirst().orElseThrow();
        return Double.parseDouble(line.substring(sample.length() + 1));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
