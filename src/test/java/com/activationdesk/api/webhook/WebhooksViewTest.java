package com.activationdesk.api.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.activationdesk.RunAs;
import com.activationdesk.UiTest;
import com.activationdesk.api.ui.WebhooksView;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The webhook view on the real services: a partner registers an endpoint (the secret is shown once), a refused URL
 * is marked at the field, the delivery log shows a real delivery to a receiver on localhost, "Redeliver" sends it
 * again with its event id, and another organisation's endpoint is not found. The test lives in the webhook package
 * to run the (package-private) delivery job itself.
 */
@UiTest
class WebhooksViewTest extends SpringBrowserlessTest {

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookDeliveryJob job;
    @Autowired
    RequestService requests;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    HttpServer receiver;
    /** The Webhook-Id of each delivery the receiver accepted. */
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestHeaders().getFirst("Webhook-Id"));
            exchange.sendResponseHeaders(204, -1);
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

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    @SuppressWarnings("unchecked")
    void aPartnerRegistersAnEndpointAndSeesItsSecretOnce() {
        navigate(WebhooksView.class);
        assertThat($(ComboBox.class).all()).as("a partner has one organisation: no visible chooser").isEmpty();
        Webhooks.EndpointView endpoint = registerInView(url());

        assertThat(endpoint.eventTypes()).hasSize(WebhookEventType.values().length);
        assertThat(endpoint.enabled()).isTrue();
        Grid<Webhooks.EndpointView> grid = $(Grid.class).id("webhook-grid");
        assertThat(test(grid).size()).isEqualTo(webhooks.list().size());
        assertThat(test(grid).getRow(0).url()).isEqualTo(url());

        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, "actions");
        test((Button) actions.getComponentAt(0)).click();
        assertThat(webhooks.list().getFirst().enabled()).as("disabled by its button").isFalse();
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void aRefusedUrlIsMarkedAtTheFieldAndNothingIsRegistered() {
        navigate(WebhooksView.class);
        int before = webhooks.list().size();
        test($(Button.class).id("webhook-new")).click();
        TextField url = $(TextField.class).id("webhook-url");
        for (String[] refused : List.of(
                new String[] {"https://10.1.2.3/hook", "api.webhook.error.internal"},
                new String[] {"https://localhost/hook", "api.webhook.error.internal"},
                new String[] {"http://example.com/hook", "api.webhook.error.https"})) {
            test(url).setValue(refused[0]);
            assertThat(url.isInvalid()).as("marked when entered: " + refused[0]).isTrue();
            assertThat(url.getErrorMessage()).as(refused[0]).isEqualTo(UI.getCurrent().getTranslation(refused[1]));
            test(url).setValue("");
            assertThat(url.isInvalid()).isFalse();
            test(url).setValue(refused[0]);
            test($(Button.class).id("webhook-create")).click();
            assertThat(url.isInvalid()).as(refused[0]).isTrue();
            assertThat(url.getErrorMessage()).as(refused[0]).isEqualTo(UI.getCurrent().getTranslation(refused[1]));
        }
        assertThat($(TextField.class).all()).extracting(TextField::getId).map(id -> id.orElse(""))
                .as("no secret shown").doesNotContain("webhook-secret-shown");
        assertThat(webhooks.list()).hasSize(before);
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    @SuppressWarnings("unchecked")
    void theDeliveryLogShowsARealDeliveryAndRedeliversItWithTheSameEventId() {
        navigate(WebhooksView.class);
        Webhooks.EndpointView endpoint = registerInView(url());
        RequestDetails request = new RequestSteps(requests, runAs, clock).submitted(NORDLICHT_USER1);
        deliverAll();
        assertThat(received).hasSize(1);

        test((Grid<Webhooks.EndpointView>) $(Grid.class).id("webhook-grid")).select(0);
        Grid<Webhooks.DeliveryView> log = $(Grid.class).id("webhook-delivery-grid");
        assertThat(log.isVisible()).isTrue();
        assertThat(test(log).size()).isEqualTo(1);
        Webhooks.DeliveryView delivery = test(log).getRow(0);
        assertThat(delivery.requestId()).isEqualTo(request.id());
        assertThat(delivery.eventId()).isEqualTo(received.getFirst());
        assertThat(cell(log, "status")).isEqualTo(UI.getCurrent().getTranslation("api.webhook.delivery.status.DELIVERED"));
        assertThat(cell(log, "code")).isEqualTo("204");
        assertThat(cell(log, "attempts")).isEqualTo("1");
        assertThat(cell(log, "event")).isEqualTo(UI.getCurrent().getTranslation("api.webhook.event.request.submitted"));

        test((Button) test(log).getCellComponent(0, "redeliver")).click();
        assertThat(cell(log, "status")).isEqualTo(UI.getCurrent().getTranslation("api.webhook.delivery.status.PENDING"));
        deliverAll();
        assertThat(received).containsExactly(delivery.eventId(), delivery.eventId());
        Webhooks.DeliveryView again = webhooks.deliveries(endpoint.id()).getFirst();
        assertThat(again.status()).isEqualTo("DELIVERED");
        assertThat(again.attempts()).isEqualTo(2);
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void anotherOrganisationsEndpointIsNotFound() {
        Webhooks.EndpointView foreign = runAs.as(RHEINWERK_USER1, () -> webhooks.register(url(),
                "rheinwerk-secret-0123456789", Set.of("request.submitted")));
        long rheinwerk = users.findByEmail(RHEINWERK_USER1).orElseThrow().getOrganization().getId();

        navigate(WebhooksView.class);
        assertThat(webhooks.list()).extracting(Webhooks.EndpointView::id).doesNotContain(foreign.id());
        List<Runnable> calls = List.of(() -> webhooks.deliveries(foreign.id()), () -> webhooks.disable(foreign.id()),
                () -> webhooks.enable(foreign.id()), () -> webhooks.delete(foreign.id()),
                () -> webhooks.redeliver(foreign.id(), 1), () -> webhooks.list(rheinwerk),
                () -> webhooks.register(rheinwerk, url(), "partner-secret-0123456789", Set.of("request.submitted")));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class);
        }
        assertThat(runAs.as(RHEINWERK_USER1, () -> webhooks.list())).extracting(Webhooks.EndpointView::enabled)
                .as("nothing changed by the refused calls").contains(true);
        assertThatThrownBy(() -> runAs.as(CAM1, () -> webhooks.list(rheinwerk)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    @SuppressWarnings("unchecked")
    void theVendorAdminChoosesThePartnerAndManagesItsEndpoints() {
        Webhooks.EndpointView partners = runAs.as(RHEINWERK_USER1, () -> webhooks.register(url(),
                "rheinwerk-secret-0123456789", Set.of("request.submitted")));
        long rheinwerk = users.findByEmail(RHEINWERK_USER1).orElseThrow().getOrganization().getId();
        long vendor = users.findByEmail(VENDOR_ADMIN).orElseThrow().getOrganization().getId();
        navigate(WebhooksView.class);

        ComboBox<Webhooks.OrganizationChoice> organization = $(ComboBox.class).id("webhook-organization");
        assertThat(organization.isVisible()).isTrue();
        organization.setValue(webhooks.organizations().stream().filter(o -> o.id() == rheinwerk).findFirst()
                .orElseThrow());
        Grid<Webhooks.EndpointView> grid = $(Grid.class).id("webhook-grid");
        assertThat(test(grid).getRow(0).id()).isEqualTo(partners.id());
        assertThat(webhooks.organizations()).extracting(Webhooks.OrganizationChoice::id).doesNotContain(vendor);
        assertThatThrownBy(() -> webhooks.list(vendor)).as("the vendor's own organisation has no webhooks")
                .isInstanceOf(NotFoundException.class);

        webhooks.delete(partners.id());
        assertThat(runAs.as(RHEINWERK_USER1, () -> webhooks.list())).extracting(Webhooks.EndpointView::id)
                .doesNotContain(partners.id());
    }

    /** Registers through the dialog with the suggested secret; the secret dialog shows exactly that secret. */
    private Webhooks.EndpointView registerInView(String url) {
        test($(Button.class).id("webhook-new")).click();
        String suggested = $(TextField.class).id("webhook-secret").getValue();
        assertThat(suggested).hasSize(43);
        test($(TextField.class).id("webhook-url")).setValue(url);
        test($(Button.class).id("webhook-create")).click();
        assertThat($(TextField.class).id("webhook-secret-shown").getValue()).isEqualTo(suggested);
        Webhooks.EndpointView created = webhooks.list().getFirst();
        assertThat(created.url()).isEqualTo(url);
        assertThat(jdbc.queryForObject("SELECT secret FROM webhook_endpoint WHERE id = ?", String.class, created.id()))
                .isEqualTo(suggested);
        return created;
    }

    private void deliverAll() {
        for (int run = 0; run < 10 && job.deliverDue() > 0; run++) {
            // next batch
        }
    }

    private String cell(Grid<Webhooks.DeliveryView> log, String key) {
        return test(log).getCellText(0, test(log).getColumnPosition(key));
    }
}
