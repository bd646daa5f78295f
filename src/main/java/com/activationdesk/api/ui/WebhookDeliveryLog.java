package com.activationdesk.api.ui;

import java.util.List;

import com.activationdesk.api.webhook.Webhooks;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The delivery log of one endpoint, newest first, loaded page by page as the grid scrolls. "Redeliver" sends a
 * delivery again with its event id, through the same service call as the API's redeliver.
 */
class WebhookDeliveryLog extends VerticalLayout {

    private final Webhooks webhooks;
    private final Formats formats;
    private final H3 title = new H3();
    private final Grid<Webhooks.DeliveryView> grid = new Grid<>();
    private Webhooks.EndpointView endpoint;

    WebhookDeliveryLog(Webhooks webhooks, Formats formats) {
        this.webhooks = webhooks;
        this.formats = formats;
        setPadding(false);
        grid.setId("webhook-delivery-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> formats.dateTime(d.createdAt())).setHeader(getTranslation("api.webhook.delivery.created-at"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("api.webhook.event." + d.eventType())).setKey("event")
                .setHeader(getTranslation("api.webhook.delivery.event")).setAutoWidth(true);
        grid.addColumn(Webhooks.DeliveryView::requestId).setHeader(getTranslation("api.webhook.delivery.request"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("api.webhook.delivery.status." + d.status())).setKey("status")
                .setHeader(getTranslation("api.webhook.delivery.status")).setAutoWidth(true);
        grid.addColumn(d -> d.lastStatusCode() == null ? Formats.EMPTY : d.lastStatusCode().toString()).setKey("code")
                .setHeader(getTranslation("api.webhook.delivery.code")).setAutoWidth(true);
        grid.addColumn(Webhooks.DeliveryView::attempts).setKey("attempts")
                .setHeader(getTranslation("api.webhook.delivery.attempts")).setAutoWidth(true);
        grid.addColumn(this::nextAttempt).setHeader(getTranslation("api.webhook.delivery.next-attempt"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.lastError() == null ? Formats.EMPTY : d.lastError()).setKey("error")
                .setHeader(getTranslation("api.webhook.delivery.error")).setFlexGrow(2);
        grid.addComponentColumn(this::redeliverButton).setKey("redeliver").setAutoWidth(true).setFlexGrow(0);
        add(title, grid);
        setVisible(false);
    }

    /** Shows this endpoint's log, or hides the log ({@code null}). */
    void show(Webhooks.EndpointView selected) {
        this.endpoint = selected;
        setVisible(selected != null);
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        title.setText(getTranslation("api.webhook.delivery.title", selected.url()));
        long id = selected.id();
        grid.setItems(query -> webhooks.deliveries(id, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) webhooks.deliveryCount(id));
    }

    private String nextAttempt(Webhooks.DeliveryView delivery) {
        return "PENDING".equals(delivery.status()) ? formats.dateTime(delivery.nextAttemptAt()) : Formats.EMPTY;
    }

    private Component redeliverButton(Webhooks.DeliveryView delivery) {
        Button redeliver = new Button(getTranslation("api.webhook.delivery.redeliver"), e -> {
            webhooks.redeliver(endpoint.id(), delivery.id());
            Notifications.success(getTranslation("api.webhook.delivery.redelivering", delivery.eventId()));
            grid.getDataProvider().refreshAll();
        });
        redeliver.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return redeliver;
    }
}
