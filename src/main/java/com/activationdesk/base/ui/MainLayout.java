package com.activationdesk.base.ui;

import java.util.Locale;

import com.activationdesk.base.i18n.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every logged-in view. The menu comes from the views' {@code @Menu} annotations, filtered by
 * Vaadin's access control, so each role sees exactly the views it may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The self-service page for the logged-in user's password (security module), linked from the user panel. */
    public static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final SignedInUserProvider users;
    private final Span viewTitle = new Span();

    public MainLayout(SignedInUserProvider users) {
        this.users = users;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        addToNavbar(toggle, viewTitle);
        addToDrawer(header(), menu(), userPanel());
    }

    private Div header() {
        Div header = new Div(new Icon(VaadinIcon.CLOUD_UPLOAD_O), new Span(getTranslation("app.name")));
        header.addClassName("app-header");
        return header;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.addClassName("app-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private VerticalLayout userPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("user-panel");
        panel.setSpacing(false);
        users.current().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            name.setId("current-user-name");
            Span role = new Span(getTranslation(user.roleKey()));
            role.setId("current-user-role");
            Span organization = new Span(user.organizationName());
            organization.setId("current-user-organization");
            panel.add(name, role, organization);
        });
        Select<Locale> language = new Select<>();
        language.setId("language-select");
        language.setLabel(getTranslation("shell.language"));
        language.setItems(TranslationProvider.SUPPORTED);
        language.setItemLabelGenerator(locale -> Formats.language(locale.getLanguage()));
        language.setValue(TranslationProvider.supported(getLocale()));
        // The select's DOM "change" event, not its value listener: before a DOM event Flow sends the fields' pending
        // lazy values, so a form puts aside everything typed, the last keystrokes included.
        language.getElement().addEventListener("change", event -> {
            if (language.getValue() != null && !language.getValue().equals(getLocale())) {
                switchLanguage(language.getValue());
            }
        });
        Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> users.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button changePassword = new Button(getTranslation("shell.change-password"), new Icon(VaadinIcon.KEY_O),
                e -> UI.getCurrent().navigate(CHANGE_PASSWORD_ROUTE));
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        panel.add(changePassword);
        HorizontalLayout actions = new HorizontalLayout(language, logout);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        panel.add(actions);
        return panel;
    }

    private void switchLanguage(Locale locale) {
        users.rememberLanguage(locale);
        if (getContent() instanceof KeepsInput view) {
            view.keepInput(); // the reload would otherwise empty a half-filled form
        }
        VaadinSession.getCurrent().setLocale(locale);
        // Rebuild every text in the new language; the URL (and with it the view state) stays.
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
