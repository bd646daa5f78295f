package com.activationdesk.api.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.activationdesk.api.webhook.WebhookEventType;
import com.activationdesk.api.webhook.Webhooks;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * An organisation's webhook endpoints: register one (the secret is shown once, after registration), enable,
 * disable, delete, and below the list the selected endpoint's delivery log. Partners and distributors see their
 * own organisation; the vendor admin chooses one. Which endpoints a user may touch is decided by {@link Webhooks}.
 */
@Route("webhooks")
@Menu(title = "menu.webhooks", icon = "vaadin:connect", order = 46)
@RolesAllowed({"ADMIN", "PARTNER", "DISTRIBUTOR"})
public class WebhooksView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private final Webhooks webhooks;
    private final Formats formats;
    private final ComboBox<Webhooks.OrganizationChoice> organization = new ComboBox<>();
    private final Grid<Webhooks.EndpointView> grid = new Grid<>();
    private final WebhookDeliveryLog log;

    public WebhooksView(Webhooks webhooks, ViewerTime viewerTime) {
        this.webhooks = webhooks;
        this.formats = viewerTime.formats(getLocale());
        this.log = new WebhookDeliveryLog(webhooks, formats);
        addClassNames("page", "admin-view");
        List<Webhooks.OrganizationChoice> organizations = webhooks.organizations();
        organization.setId("webhook-organization");
        organization.setLabel(getTranslation("api.webhook.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(Webhooks.OrganizationChoice::name);
        organization.setVisible(organizations.size() > 1);
        Button create = new Button(getTranslation("api.webhook.new"), e -> openRegisterDialog());
        create.setId("webhook-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!organizations.isEmpty());
        add(new Paragraph(getTranslation("api.webhook.hint")), new HorizontalLayout(organization, create), grid(), log);
        if (!organizations.isEmpty()) {
            organization.setValue(organizations.getFirst());
        }
        organization.addValueChangeListener(e -> refresh());
    }

    private Grid<Webhooks.EndpointView> grid() {
        grid.setId("webhook-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Webhooks.EndpointView::url).setHeader(getTranslation("api.webhook.url")).setFlexGrow(3);
        grid.addColumn(this::eventLabels).setHeader(getTranslation("api.webhook.event-types")).setFlexGrow(3);
        grid.addColumn(e -> getTranslation(e.enabled() ? "api.webhook.state.enabled" : "api.webhook.state.disabled"))
                .setHeader(getTranslation("api.webhook.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(e -> formats.dateTime(e.createdAt())).setHeader(getTranslation("api.webhook.created-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addSelectionListener(e -> log.show(e.getFirstSelectedItem().orElse(null)));
        return grid;
    }

    private String eventLabels(Webhooks.EndpointView endpoint) {
        return endpoint.eventTypes().stream().map(type -> getTranslation("api.webhook.event." + type))
                .collect(Collectors.joining(", "));
    }

    private Component actions(Webhooks.EndpointView endpoint) {
        Button toggle = new Button(getTranslation(endpoint.enabled() ? "api.webhook.disable" : "api.webhook.enable"),
                e -> {
                    Webhooks.EndpointView changed = endpoint.enabled() ? webhooks.disable(endpoint.id())
                            : webhooks.enable(endpoint.id());
                    Notifications.success(getTranslation(changed.enabled() ? "api.webhook.enabled"
                            : "api.webhook.disabled", changed.url()));
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("api.webhook.delete"), e -> confirmDelete(endpoint));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, delete);
    }

    private void confirmDelete(Webhooks.EndpointView endpoint) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("api.webhook.delete"),
                getTranslation("api.webhook.delete.confirm", endpoint.url()), getTranslation("api.webhook.delete"),
                e -> {
                    webhooks.delete(endpoint.id());
                    Notifications.success(getTranslation("api.webhook.deleted", endpoint.url()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("api.webhook.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openRegisterDialog() {
        Webhooks.OrganizationChoice owner = organization.getValue();
        if (owner == null) {
            organization.setInvalid(true);
            organization.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        Dialog dialog = new Dialog(getTranslation("api.webhook.new-for", owner.name()));
        TextField url = new TextField(getTranslation("api.webhook.url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://");
        url.setHelperText(getTranslation("api.webhook.url.helper"));
        url.setWidthFull();
        url.addValueChangeListener(e -> checkUrl(url));
        TextField secret = new TextField(getTranslation("api.webhook.secret"));
        secret.setId("webhook-secret");
        secret.setValue(Webhooks.generateSecret());
        secret.setHelperText(getTranslation("api.webhook.secret.helper"));
        secret.setWidthFull();
        CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>(getTranslation("api.webhook.event-types"));
        events.setId("webhook-event-types");
        events.setItems(WebhookEventType.values());
        events.setItemLabelGenerator(type -> getTranslation("api.webhook.event." + type.wireName()));
        events.setValue(EnumSet.allOf(WebhookEventType.class));
        // the service's refusals mark the fields; the components' own validation would clear those marks on blur
        url.setManualValidation(true);
        secret.setManualValidation(true);
        events.setManualValidation(true);
        Map<String, HasValidation> fields = Map.of("url", url, "secret", secret, "eventTypes", events);
        Button create = new Button(getTranslation("api.webhook.create"), e -> {
            fields.values().forEach(field -> field.setInvalid(false));
            Set<String> types = events.getValue().stream().map(WebhookEventType::wireName)
                    .collect(Collectors.toSet());
            try {
                webhooks.register(owner.id(), url.getValue(), secret.getValue(), types);
                dialog.close();
                showSecretOnce(url.getValue().trim(), secret.getValue());
                refresh();
            } catch (FieldValidationException refused) {
                FieldErrors.showOrNotify(fields, refused);
            }
        });
        create.setId("webhook-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(url, secret, events));
        dialog.getFooter().add(new Button(getTranslation("api.webhook.cancel"), e -> dialog.close()), create);
        dialog.setWidth("40em");
        dialog.open();
    }

    /** Marks a refused URL when the field is left, before the form is sent. */
    private void checkUrl(TextField url) {
        if (url.getValue().isBlank()) {
            url.setInvalid(false);
            return;
        }
        try {
            webhooks.checkUrl(url.getValue());
            url.setInvalid(false);
        } catch (FieldValidationException refused) {
            FieldErrors.showOrNotify(Map.of("url", url), refused);
        }
    }

    /** After this dialog, the secret exists only in the database (to sign) and in the receiver's configuration. */
    private void showSecretOnce(String url, String secret) {
        Dialog dialog = new Dialog(url);
        dialog.setCloseOnOutsideClick(false);
        TextField shown = new TextField();
        shown.setId("webhook-secret-shown");
        shown.setValue(secret);
        shown.setReadOnly(true);
        shown.setWidthFull();
        dialog.add(new Paragraph(getTranslation("api.webhook.created")), shown);
        dialog.getFooter().add(new Button(getTranslation("api.webhook.close"), e -> dialog.close()));
        dialog.setWidth("40em");
        dialog.open();
    }

    private void refresh() {
        Webhooks.OrganizationChoice owner = organization.getValue();
        grid.setItems(owner == null ? List.of() : webhooks.list(owner.id()));
        log.show(null);
    }

    /**
     * Loads at every navigation here, also when the user picks this page in the menu while on it: Vaadin then keeps
     * the instance shown, which would otherwise go on showing what it loaded at the first visit.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.webhook.title");
    }
}
