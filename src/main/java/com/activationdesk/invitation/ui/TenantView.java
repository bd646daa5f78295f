package com.activationdesk.invitation.ui;

import java.util.List;
import java.util.Map;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.service.RequestDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer administrator's tenant: its data, and the partner users allowed to help administer it. Buttons
 * appear only for what the workflow table allows the customer admin now.
 */
@Route("tenant")
@Menu(title = "menu.tenant", icon = "vaadin:cloud", order = 5)
@RolesAllowed("CUSTOMER_ADMIN")
public class TenantView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private final CoAdministratorService coAdministrators;
    private final Div details = new Div();
    private final Grid<CoAdministratorRow> grid = new Grid<>();
    private final Paragraph noCoAdministrators = new Paragraph(getTranslation("tenant.co-admins.none"));
    private final ComboBox<CoAdministratorCandidate> candidate = new ComboBox<>(getTranslation("tenant.co-admin.candidate"));
    private final Button add = new Button(getTranslation("tenant.co-admin.add"), new Icon(VaadinIcon.PLUS));
    private final Paragraph intro = new Paragraph();
    private final HorizontalLayout adding = new HorizontalLayout(candidate, add);

    private final ViewerTime viewerTime;
    private RequestDetails tenant;

    public TenantView(CoAdministratorService coAdministrators, ViewerTime viewerTime) {
        this.coAdministrators = coAdministrators;
        this.viewerTime = viewerTime;
        addClassName("page");
        setId("tenant-view");
        coAdministrators.ownTenant().ifPresentOrElse(this::build, () -> {
            Paragraph none = new Paragraph(getTranslation("tenant.none"));
            none.setId("tenant-none");
            none.addClassName("empty-state");
            add(none);
        });
    }

    private void build(RequestDetails request) {
        tenant = request;
        details.setId("tenant-details");
        details.addClassName("card");

        grid.setId("co-admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(CoAdministratorRow::displayName).setHeader(getTranslation("tenant.co-admin.name")).setAutoWidth(true);
        grid.addColumn(CoAdministratorRow::email).setHeader(getTranslation("tenant.co-admin.email")).setAutoWidth(true);
        grid.addColumn(row -> viewerTime.formats(getLocale()).dateTimeWithZone(row.addedAt()))
                .setHeader(getTranslation("tenant.co-admin.added-at")).setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        noCoAdministrators.setId("co-admin-none");

        candidate.setId("co-admin-candidate");
        candidate.setItemLabelGenerator(c -> c.displayName() + " (" + c.email() + ")");
        candidate.setMinWidth("22rem");
        candidate.addValueChangeListener(change -> {
            candidate.setInvalid(false);
            add.setEnabled(change.getValue() != null);
        });
        add.setId("co-admin-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        add.addClickListener(click -> addSelected());
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setId("co-admin-adding");

        add(new H2(getTranslation("menu.tenant")), details, new H3(getTranslation("tenant.co-admins")), intro,
                grid, noCoAdministrators, adding);
    }

    private void refresh() {
        details.removeAll();
        details.add(line("tenant.reference", tenant.reference(), "tenant-reference"),
                line("tenant.tenant-id", tenant.tenantId(), "tenant-id"),
                line("tenant.status", getTranslation(tenant.status().messageKey()), "tenant-status"),
                line("tenant.partner", tenant.partnerName(), "tenant-partner"),
                line("tenant.activated-at", viewerTime.formats(getLocale()).dateTimeWithZone(tenant.activatedAt()), "tenant-activated-at"),
                line("tenant.terms", getTranslation("tenant.terms.value", tenant.termsVersion(),
                        viewerTime.formats(getLocale()).dateTimeWithZone(tenant.termsAcceptedAt())), "tenant-terms"));
        intro.setText(getTranslation("tenant.co-admins.intro", tenant.partnerName()));

        List<CoAdministratorRow> rows = coAdministrators.list(tenant.id());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        noCoAdministrators.setVisible(rows.isEmpty());

        boolean mayAdd = tenant.may(RequestAction.ADD_CO_ADMIN);
        adding.setVisible(mayAdd);
        candidate.setItems(mayAdd ? coAdministrators.candidates(tenant.id()) : List.of());
        candidate.clear();
    }

    private void addSelected() {
        CoAdministratorCandidate chosen = candidate.getValue();
        try {
            tenant = coAdministrators.add(tenant.id(), tenant.version(), chosen.userId(), null);
        } catch (FieldValidationException e) {
            FieldErrors.showOrNotify(Map.of("userId", candidate), e);
            return;
        }
        Notifications.success(getTranslation("tenant.co-admin.added", chosen.displayName()));
        refresh();
    }

    private Button removeButton(CoAdministratorRow row) {
        Button remove = new Button(getTranslation("tenant.co-admin.remove"), new Icon(VaadinIcon.TRASH), click -> {
            tenant = coAdministrators.remove(tenant.id(), tenant.version(), row.userId(), null);
            Notifications.success(getTranslation("tenant.co-admin.removed", row.displayName()));
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("co-admin-remove");
        remove.setVisible(tenant.may(RequestAction.REMOVE_CO_ADMIN));
        return remove;
    }

    private Div line(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Span text = new Span(value == null ? Formats.EMPTY : value);
        text.setId(id);
        Div line = new Div(label, text);
        line.addClassName("field-line");
        return line;
    }

    /**
     * Loads at every navigation here, also when the user picks this page in the menu while on it: Vaadin then keeps
     * the instance shown, which would otherwise go on showing what it loaded at the first visit.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (tenant != null) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tenant");
    }
}
