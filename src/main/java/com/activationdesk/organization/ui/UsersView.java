package com.activationdesk.organization.ui;

import java.util.List;
import java.util.Map;

import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.organization.OrganizationLinks;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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

/**
 * Admin list of all users: create and edit them, enable or disable their login, reset their password, and unlock
 * accounts that failed logins have locked.
 */
@Route(OrganizationLinks.USERS_ROUTE)
@Menu(title = "menu.users", icon = "vaadin:users", order = 20)
@RolesAllowed("ADMIN")
public class UsersView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private final UserService users;
    private final OrganizationService organizations;
    private final PasswordPolicy passwordPolicy;
    private final Grid<UserRow> grid = new Grid<>();
    private final Select<Role> roleFilter = new Select<>();
    private final TextField textFilter = new TextField();
    private final Checkbox lockedFilter = new Checkbox();
    private UserFilter filter = UserFilter.none();

    public UsersView(UserService users, OrganizationService organizations, PasswordPolicy passwordPolicy) {
        this.users = users;
        this.organizations = organizations;
        this.passwordPolicy = passwordPolicy;
        addClassNames("page", "admin-view");
        add(toolbar(), grid());
    }

    private HorizontalLayout toolbar() {
        roleFilter.setId("user-role-filter");
        roleFilter.setLabel(getTranslation("user.field.role"));
        roleFilter.setItems(Role.values());
        // The empty "all" entry is labelled through the generator too.
        roleFilter.setItemLabelGenerator(role -> getTranslation(role == null ? "filter.all" : role.messageKey()));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        roleFilter.addValueChangeListener(e -> applyFilter());

        textFilter.setId("user-text-filter");
        textFilter.setLabel(getTranslation("user.filter.text"));
        textFilter.setClearButtonVisible(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.addValueChangeListener(e -> applyFilter());

        lockedFilter.setId("user-locked-filter");
        lockedFilter.setLabel(getTranslation("user.filter.locked"));
        lockedFilter.addValueChangeListener(e -> applyFilter());

        Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(users, organizations, passwordPolicy, null, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(roleFilter, textFilter, lockedFilter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Grid<UserRow> grid() {
        grid.setId("users-grid");
        Grid.Column<UserRow> name = grid.addColumn(UserRow::displayName).setKey("name")
                .setHeader(getTranslation("user.field.name")).setSortProperty("displayName");
        grid.addColumn(UserRow::email).setKey("email").setHeader(getTranslation("user.field.email"))
                .setSortProperty("email").setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.role().messageKey())).setKey("role")
                .setHeader(getTranslation("user.field.role")).setSortProperty("role");
        grid.addColumn(UserRow::organizationName).setKey("organization")
                .setHeader(getTranslation("user.field.organization")).setFlexGrow(2);
        grid.addColumn(row -> row.preferredLanguage() == null ? getTranslation("user.language.browser")
                : Formats.language(row.preferredLanguage())).setKey("language")
                .setHeader(getTranslation("user.field.language")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setKey("status").setHeader(getTranslation("user.field.status"))
                .setAutoWidth(true).setFlexGrow(0);
        // Room for the unlock action too: an automatic width is measured on rows that may not have it.
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("user.empty"));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setItemsPageable(pageable -> users.find(filter, StablePaging.tieBrokenById(pageable)), pageable -> users.count(filter));
        grid.sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
        return grid;
    }

    /** One badge: disabled, else locked by failed logins (the admin can unlock), else active. */
    private Span statusBadge(UserRow row) {
        boolean locked = row.enabled() && row.locked();
        Span badge = new Span(getTranslation(!row.enabled() ? "user.status.disabled"
                : locked ? "user.status.locked" : "user.status.enabled"));
        badge.getElement().getThemeList().add(!row.enabled() ? "badge error" : locked ? "badge warning" : "badge success");
        badge.addClassName("user-status");
        return badge;
    }

    private HorizontalLayout actions(UserRow row) {
        HorizontalLayout actions = new HorizontalLayout(
                action(VaadinIcon.EDIT, "action.edit", "edit-user", () -> edit(row)),
                action(row.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE_O,
                        row.enabled() ? "user.action.disable" : "user.action.enable", "toggle-user-enabled",
                        () -> toggleEnabled(row)),
                action(VaadinIcon.KEY_O, "user.action.reset-password", "reset-password",
                        () -> new PasswordDialog(users, passwordPolicy, row, this::refresh).open()));
        if (row.locked()) {
            actions.add(action(VaadinIcon.UNLOCK, "user.action.unlock", "unlock-user", () -> unlock(row)));
        }
        actions.setSpacing(false);
        return actions;
    }

    private Button action(VaadinIcon icon, String labelKey, String className, Runnable onClick) {
        Button button = new Button(icon.create(), e -> onClick.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void edit(UserRow row) {
        new UserDialog(users, organizations, passwordPolicy, row, this::refresh).open();
    }

    private void unlock(UserRow row) {
        if (FieldErrors.attempt(() -> users.unlock(row.id()), Map.of(), this::refresh)) {
            Notifications.success(getTranslation("user.unlocked-now", row.displayName()));
            refresh();
        }
    }

    private void toggleEnabled(UserRow row) {
        boolean enable = !row.enabled();
        if (FieldErrors.attempt(() -> users.setEnabled(row.id(), row.version(), enable), Map.of(), this::refresh)) {
            Notifications.success(getTranslation(enable ? "user.enabled-now" : "user.disabled-now", row.displayName()));
            refresh();
        }
    }

    private void applyFilter() {
        filter = new UserFilter(roleFilter.getValue(), null, textFilter.getValue(), lockedFilter.getValue());
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
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
        return getTranslation("menu.users");
    }
}
