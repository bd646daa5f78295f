package com.activationdesk.api.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.activationdesk.BrowserTest;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditFilter;
import com.activationdesk.audit.AuditSubjectType;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks to a receiver on localhost (JDK HttpServer): recorded with the change, signed, in order per request,
 * retried after errors, redelivered with the same id, which the receiver handles once.
 */
@BrowserTest
class WebhookTest {

    private static final String SECRET = "receiver-secret-2026-abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookDeliveryJob job;
    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail auditTrail;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** What the receiver processed, by event id: a redelivered id is acknowledged but not handled again. */
    final Map<String, Integer> handled = new ConcurrentHashMap<>();
    final AtomicInteger failuresToAnswer = new AtomicInteger();
    /** Requests the receiver keeps waiting longer than the sender's timeout (2 s in the tests). */
    final AtomicInteger answersTooLate = new AtomicInteger();

    record Received(String id, String timestamp, String signature, String body) {
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received delivery = new Received(exchange.getRequestHeaders().getFirst("Webhook-Id"),
                    exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Webhook-Signature"), body);
            if (answersTooLate.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(n - 1, 0)) > 0 ? 500 : 204;
            if (status == 204) {
                received.add(delivery);
                handled.merge(delivery.id(), 1, Integer::sum);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    /** Endpoints of earlier tests stop receiving, so each test sees only its own deliveries. */
    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        jdbc.update("UPDATE webhook_endpoint SET enabled = FALSE");
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private Webhooks.EndpointView register(String partnerUser) {
        Webhooks.EndpointView endpoint = runAs.as(partnerUser, () -> webhooks.register(url(), SECRET,
                Set.of("request.submitted", "request.returned", "request.forwarded", "invitation.sent")));
        return endpoint;
    }

    /** Runs the job until nothing is due (retries are made due by the test, not waited for). */
    private void deliverAll() {
        for (int run = 0; run < 20 && job.deliverDue() > 0; run++) {
            // next batch
        }
    }

    @Test
    void eventsArriveSignedInOrderPerRequestAndOnlyForTheRequestsOrganisation() {
        Webhooks.EndpointView endpoint = register(NORDLICHT_USER1);
        Webhooks.EndpointView foreign = register(RHEINWERK_USER1);
        RequestSteps steps = new RequestSteps(requests, runAs, clock);
        RequestDetails first = steps.submitted(NORDLICHT_USER1);
        RequestDetails second = steps.submitted(NORDLICHT_USER1);
        steps.invite(OPS1, steps.forward(CAM1, first));
        steps.returnToPartner(CAM1, second);
        deliverAll();

        List<JsonNode> events = received.stream().map(r -> JSON.readTree(r.body())).toList();
        assertThat(types(events, first.id())).containsExactly("request.submitted", "request.forwarded", "invitation.sent");
        assertThat(types(events, second.id())).containsExactly("request.submitted", "request.returned");
        assertThat(received).extracting(Received::id).doesNotHaveDuplicates();
        assertThat(received).allSatisfy(r -> {
            assertThat(r.signature()).isEqualTo(WebhookSignature.of(SECRET, Long.parseLong(r.timestamp()), r.body()));
            assertThat(JSON.readTree(r.body()).get("id").asString()).isEqualTo(r.id());
        });
        assertThat(runAs.as(RHEINWERK_USER1, () -> webhooks.deliveries(foreign.id()))).isEmpty();
        assertThat(runAs.as(NORDLICHT_USER1, () -> webhooks.deliveries(endpoint.id())))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo("DELIVERED"));
    }

    @Test
    void anEndpointThatDoesNotAnswerInTimeIsGivenUpOnAndRetriedLater() {
        Webhooks.EndpointView endpoint = register(NORDLICHT_USER1);
        answersTooLate.set(1);
        new RequestSteps(requests, runAs, clock).submitted(NORDLICHT_USER1);
        job.deliverDue();
        Webhooks.DeliveryView timedOut = runAs.as(NORDLICHT_USER1, () -> webhooks.deliveries(endpoint.id())).getFirst();
        assertThat(timedOut.status()).isEqualTo("PENDING");
        assertThat(timedOut.attempts()).isEqualTo(1);
        assertThat(timedOut.lastStatusCode()).isNull();
        assertThat(timedOut.lastError()).contains("HttpTimeoutException");

        jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), timedOut.id());
        job.deliverDue();
        Webhooks.DeliveryView delivered = runAs.as(NORDLICHT_USER1, () -> webhooks.deliveries(endpoint.id())).getFirst();
        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(handled).containsEntry(delivered.eventId(), 1);
    }

    @Test
    void anEndpointAnswering500IsRetriedAndARedeliveryIsHandledOnceById() {
        Webhooks.EndpointView endpoint = register(NORDLICHT_USER1);
        failuresToAnswer.set(2);
        RequestDetails request = new RequestSteps(requests, runAs, clock).submitted(NORDLICHT_USER1);
        job.deliverDue();
        Webhooks.DeliveryView failed = runAs.as(NORDLICHT_USER1, () -> webhooks.deliveries(endpoint.id())).getFirst();
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastStatusCode()).isEqualTo(500);
        assertThat(failed.nextAttemptAt()).isAfter(clock.instant().plusSeconds(20));

        // time passes: the retries come due
        for (int retry = 0; retry < 2; retry++) {
            jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(clock.instant().minusSeconds(1)), failed.id());
            job.deliverDue();
        }
        Webhooks.DeliveryView delivered = runAs.as(NORDLICHT_USER1, () -> webhooks.deliveries(endpoint.id())).getFirst();
        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(delivered.attempts()).isEqualTo(3);

        runAs.run(NORDLICHT_USER1, () -> webhooks.redeliver(endpoint.id(), delivered.id()));
        job.deliverDue();
        assertThat(received).filteredOn(r -> r.id().equals(delivered.eventId())).hasSize(2);
        assertThat(handled).containsEntry(delivered.eventId(), 2);
        assertThat(received.stream().map(Received::id).distinct()).as("one event, handled once by id").hasSize(1);
        assertThat(request.id()).isEqualTo(delivered.requestId());
    }

    @Test
    void registeringEnablingDisablingRedeliveringAndDeletingAreAuditedWithTheUrlButNeverTheSecret() {
        String organization = runAs.as(NORDLICHT_USER1, () -> webhooks.organizations()).getFirst().name();
        long before = newestOrganizationEntry(organization);
        Webhooks.EndpointView endpoint = register(NORDLICHT_USER1);
        new RequestSteps(requests, runAs, clock).submitted(NORDLICHT_USER1);
        deliverAll();
        Webhooks.DeliveryView delivery = runAs.as(NORDLICHT_USER1, () -> webhooks.deliveries(endpoint.id())).getFirst();
        runAs.run(NORDLICHT_USER1, () -> {
            webhooks.disable(endpoint.id());
            webhooks.disable(endpoint.id()); // no change, no entry
            webhooks.enable(endpoint.id());
            webhooks.redeliver(endpoint.id(), delivery.id());
        });
        runAs.run(VENDOR_ADMIN, () -> webhooks.delete(endpoint.id()));

        List<AuditEntryView> entries = runAs.as(VENDOR_ADMIN, () -> auditTrail.search(
                new AuditFilter(organization, null, null, null, null, AuditSubjectType.ORGANIZATION),
                PageRequest.of(0, 20))).stream().filter(e -> e.id() > before).toList().reversed();
        assertThat(entries).extracting(AuditEntryView::action).containsExactly("WEBHOOK_REGISTER", "WEBHOOK_DISABLE",
                "WEBHOOK_ENABLE", "WEBHOOK_REDELIVER", "WEBHOOK_DELETE");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.comment()).isEqualTo(endpoint.url());
            assertThat(e.subject().label()).isEqualTo(organization);
            assertThat(e.toString()).doesNotContain(SECRET);
        });
        assertThat(entries.subList(0, 4)).allSatisfy(e -> assertThat(e.actor().email()).isEqualTo(NORDLICHT_USER1));
        assertThat(entries.getLast().actor().email()).isEqualTo(VENDOR_ADMIN);
        assertThat(entries.getFirst().changes()).containsExactly(new FieldChange("eventTypes", null,
                String.join(",", endpoint.eventTypes())));
        assertThat(entries.get(3).changes()).containsExactly(new FieldChange("eventType", null, delivery.eventType()),
                new FieldChange("eventId", null, delivery.eventId()));
    }

    private long newestOrganizationEntry(String organization) {
        return runAs.as(VENDOR_ADMIN, () -> auditTrail.search(
                new AuditFilter(organization, null, null, null, null, AuditSubjectType.ORGANIZATION),
                PageRequest.of(0, 1))).stream().mapToLong(AuditEntryView::id).findFirst().orElse(0);
    }

    @Test
    void internalAddressesAndPlainHttpAreRefusedUnlessAllowed() {
        for (String url : List.of("https://10.1.2.3/hook", "https://169.254.169.254/latest", "https://localhost/hook",
                "https://192.168.0.10/", "http://example.com/hook", "ftp://example.com/", "https://user:pw@example.com/")) {
            assertThatThrownBy(() -> runAs.as(NORDLICHT_USER1, () -> webhooks.register(url, SECRET,
                    Set.of("request.submitted")))).as(url).isInstanceOf(FieldValidationException.class);
        }
        assertThat(register(NORDLICHT_USER1).url()).startsWith("http://127.0.0.1:");
    }

    private static List<String> types(List<JsonNode> events, long requestId) {
        return events.stream().filter(e -> e.get("data").get("requestId").asLong() == requestId)
                .map(e -> e.get("type").asString()).toList();
    }
}
