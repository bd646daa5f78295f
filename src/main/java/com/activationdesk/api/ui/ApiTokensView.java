package com.activationdesk.api.ui;

import java.time.Clock;
import java.util.Map;

import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The vendor admin's API tokens: issue one for a technical user (the secret is shown once, in a dialog that
 * offers nothing else), see when each was last used, revoke.
 */
@Route("admin/api-tokens")
@Menu(title = "menu.api-tokens", icon = "vaadin:key", order = 45)
@RolesAllowed("ADMIN")
public class ApiTokensView extends Main implements HasDynamicTitle, AfterNavigationObserver {

    private static final int DEFAULT_VALID_DAYS = 365;

    private final ApiTokens tokens;
    private final Clock clock;
    private final Formats formats;
    private final Grid<ApiTokens.TokenRow> grid = new Grid<>();

    public ApiTokensView(ApiTokens tokens, ViewerTime viewerTime, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.formats = viewerTime.formats(getLocale());
        addClassNames("page", "admin-view");
        Button create = new Button(getTranslation("api.token.new"), e -> openIssueDialog());
        create.setId("api-token-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("api.token.hint")), create, grid());
    }

    private Grid<ApiTokens.TokenRow> grid() {
        grid.setId("api-token-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ApiTokens.TokenRow::name).setHeader(getTranslation("api.token.name")).setFlexGrow(2);
        grid.addColumn(row -> row.prefix() + "…").setHeader(getTranslation("api.token.prefix")).setAutoWidth(true);
        grid.addColumn(ApiTokens.TokenRow::userEmail).setHeader(getTranslation("api.token.user")).setFlexGrow(2);
        grid.addColumn(ApiTokens.TokenRow::organizationName).setHeader(getTranslation("api.token.organization"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("api.token.scopes." + row.scopes().name()))
                .setHeader(getTranslation("api.token.scopes")).setAutoWidth(true);
        grid.addColumn(row -> formats.dateTime(row.createdAt())).setHeader(getTranslation("api.token.created-at"))
                .setAutoWidth(true);
        grid.addColumn(row -> formats.dateTime(row.expiresAt())).setHeader(getTranslation("api.token.expires-at"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.lastUsedAt() == null ? Formats.EMPTY : formats.dateTime(row.lastUsedAt()))
                .setHeader(getTranslation("api.token.last-used")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("api.token.state")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private String state(ApiTokens.TokenRow row) {
        if (row.revokedAt() != null) {
            return getTranslation("api.token.state.revoked");
        }
        return getTranslation(row.expiresAt().isAfter(clock.instant()) ? "api.token.state.active"
                : "api.token.state.expired");
    }

    private Component revokeButton(ApiTokens.TokenRow row) {
        Button revoke = new Button(getTranslation("api.token.revoke"), e -> {
            ApiTokens.TokenRow revoked = tokens.revoke(row.id());
            Notifications.success(getTranslation("api.token.revoked", revoked.name()));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(row.revokedAt() == null);
        return revoke;
    }

    private void openIssueDialog() {
        Dialog dialog = new Dialog(getTranslation("api.token.new"));
        ComboBox<ApiTokens.TokenUser> user = new ComboBox<>(getTranslation("api.token.user"));
        user.setId("api-token-user");
        user.setItems(tokens.technicalUsers());
        user.setItemLabelGenerator(u -> u.email() + " (" + u.organizationName() + ")");
        TextField name = new TextField(getTranslation("api.token.name"));
        name.setId("api-token-name");
        Select<ApiTokenScopes> scopes = new Select<>();
        scopes.setLabel(getTranslation("api.token.scopes"));
        scopes.setItems(ApiTokenScopes.values());
        scopes.setItemLabelGenerator(scope -> getTranslation("api.token.scopes." + scope.name()));
        scopes.setValue(ApiTokenScopes.READ);
        IntegerField validDays = new IntegerField(getTranslation("api.token.valid-days"));
        validDays.setValue(DEFAULT_VALID_DAYS);
        Map<String, HasValidation> fields = Map.of("user", user, "name", name, "validDays", validDays);
        Button create = new Button(getTranslation("api.token.create"), e -> {
            try {
                ApiTokens.IssuedToken issued = tokens.issue(user.getValue() == null ? -1 : user.getValue().id(),
                        name.getValue(), scopes.getValue(), validDays.getValue() == null ? 0 : validDays.getValue());
                dialog.close();
                showSecret(issued);
                refresh();
            } catch (FieldValidationException refused) {
                FieldErrors.showOrNotify(fields, refused);
            }
        });
        create.setId("api-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(user, name, scopes, validDays));
        dialog.getFooter().add(new Button(getTranslation("api.token.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    /** The only time the secret exists outside the caller's system: read-only, to copy. */
    private void showSecret(ApiTokens.IssuedToken issued) {
        Dialog dialog = new Dialog(issued.token().name());
        dialog.setCloseOnOutsideClick(false);
        TextField secret = new TextField();
        secret.setId("api-token-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button close = new Button(getTranslation("api.token.close"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("api.token.created")), secret);
        dialog.getFooter().add(close);
        dialog.setWidth("40em");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.list());
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
        return getTranslation("api.token.title");
    }
}
