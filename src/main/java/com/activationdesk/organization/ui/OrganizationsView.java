package com.activationdesk.organization.ui;

import java.util.List;

import com.activationdesk.organization.OrganizationLinks;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.service.OrganizationFilter;
import com.activationdesk.organization.service.OrganizationRow;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admin list of all organisations with their CAM, DAM and distributor assignments; opens the form dialog. */
@Route(OrganizationLinks.ORGANIZATIONS_ROUTE)
@Menu(title = "menu.organizations", icon = "vaadin:building", order = 10)
@RolesAllowed("ADMIN")
public class OrganizationsView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private final OrganizationService organizations;
    private final UserService users;
    private final Grid<OrganizationRow> grid = new Grid<>();
    private final Select<OrganizationType> typeFilter = new Select<>();
    private final TextField nameFilter = new TextField();
    private OrganizationFilter filter = OrganizationFilter.none();

    public OrganizationsView(OrganizationService organizations, UserService users) {
        this.organizations = organizations;
        this.users = users;
        addClassNames("page", "admin-view");
        add(toolbar(), grid());
    }

    private HorizontalLayout toolbar() {
        typeFilter.setId("organization-type-filter");
        typeFilter.setLabel(getTranslation("organization.field.type"));
        typeFilter.setItems(OrganizationType.values());
        // The empty "all" entry is labelled through the generator too.
        typeFilter.setItemLabelGenerator(type -> getTranslation(type == null ? "filter.all" : type.messageKey()));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        typeFilter.addValueChangeListener(e -> applyFilter());

        nameFilter.setId("organization-name-filter");
        nameFilter.setLabel(getTranslation("organization.filter.name"));
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(e -> applyFilter());

        Button create = new Button(getTranslation("organization.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("new-organization");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(typeFilter, nameFilter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Grid<OrganizationRow> grid() {
        grid.setId("organizations-grid");
        Grid.Column<OrganizationRow> name = grid.addColumn(OrganizationRow::name).setKey("name")
                .setHeader(getTranslation("organization.field.name")).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(row -> getTranslation(row.type().messageKey())).setKey("type")
                .setHeader(getTranslation("organization.field.type")).setSortProperty("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.tier() == null ? "" : getTranslation(row.tier().messageKey())).setKey("tier")
                .setHeader(getTranslation("organization.field.tier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrganizationRow::country).setKey("country")
                .setHeader(getTranslation("organization.field.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrganizationRow::camName).setKey("cam").setHeader(getTranslation("organization.field.cam"));
        grid.addColumn(OrganizationRow::damName).setKey("dam").setHeader(getTranslation("organization.field.dam"));
        grid.addColumn(row -> String.join(", ", row.distributorNames())).setKey("distributors")
                .setHeader(getTranslation("organization.field.distributors")).setFlexGrow(2);
        grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("organization.empty"));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setItemsPageable(pageable -> organizations.find(filter, StablePaging.tieBrokenById(pageable)), pageable -> organizations.count(filter));
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        return grid;
    }

    private Button editButton(OrganizationRow row) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(row));
        edit.addClassName("edit-organization");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        return edit;
    }

    private void applyFilter() {
        filter = new OrganizationFilter(typeFilter.getValue(), nameFilter.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void open(OrganizationRow row) {
        new OrganizationDialog(organizations, users, row, grid.getDataProvider()::refreshAll).open();
    }

    /**
     * Loads at every navigation here, also when the user picks this page in the menu while on it: Vaadin then keeps
     * the instance shown, which would otherwise go on showing what it loaded at the first visit.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.organizations");
    }
}
